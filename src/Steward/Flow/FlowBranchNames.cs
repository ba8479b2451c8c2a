using Steward.Core.Errors;
using Steward.Git;

namespace Steward.Flow;

/// <summary>Resolving which branch a finish is about: given by name, or the one HEAD is on.</summary>
internal static class FlowBranchNames
{
    public static void RequireExists(BranchOperations branches, string branch)
    {
        if (!branches.BranchExists(branch))
        {
            throw new StewardException(FailureKind.InvalidInput, $"branch {branch} does not exist; create it (steward flow init creates develop from main)");
        }
    }

    /// <summary>
    /// The branch with <paramref name="prefix"/>: NAME (with or without the prefix), else the current branch when it has
    /// the prefix; an error naming the prefix otherwise.
    /// </summary>
    public static string Resolve(BranchOperations branches, string prefix, string? name, string kind)
    {
        string branch;
        if (name is not null)
        {
            branch = name.StartsWith(prefix, StringComparison.Ordinal) ? name : prefix + name;
        }
        else
        {
            var current = branches.CurrentBranch();
            branch = current is not null && current.StartsWith(prefix, StringComparison.Ordinal)
                ? current
                : throw new StewardException(FailureKind.InvalidInput,
                    $"HEAD is on {current ?? "no branch"}, not a {kind} branch ({prefix}*); name the {kind} to finish or switch to its branch");
        }

        branches.CheckBranchName(branch, $"the {kind} branch");
        if (!branches.BranchExists(branch))
        {
            throw new StewardException(FailureKind.InvalidInput, $"branch {branch} does not exist; see the open ones with 'git branch --list \"{prefix}*\"'");
        }

        return branch;
    }
}

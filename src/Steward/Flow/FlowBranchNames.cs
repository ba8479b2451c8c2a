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
            throw Messages.FlowBranchMissing(branch);
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
                : throw Messages.HeadNotOnKindBranch(current, kind, prefix);
        }

        branches.CheckBranchName(branch, $"the {kind} branch");
        if (!branches.BranchExists(branch))
        {
            throw Messages.KindBranchMissing(branch, prefix);
        }

        return branch;
    }
}

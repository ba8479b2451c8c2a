using Steward.Core.Errors;

namespace Steward.Core.Commits;

/// <summary>Reads <c>commits.merges</c>.</summary>
public static class MergePolicies
{
    public const string BranchCommitsName = "branch-commits";
    public const string PrTitleName = "pr-title";
    public const string BothName = "both";

    /// <summary>The policy <paramref name="text"/> names; null or empty is the default, <see cref="MergePolicy.BranchCommits"/>.</summary>
    public static MergePolicy Parse(string? text) => text?.Trim() switch
    {
        null or "" or BranchCommitsName => MergePolicy.BranchCommits,
        PrTitleName => MergePolicy.PrTitle,
        BothName => MergePolicy.Both,
        _ => throw Messages.MergePolicyUnknown(text),
    };

    public static string Name(MergePolicy policy) => policy switch
    {
        MergePolicy.PrTitle => PrTitleName,
        MergePolicy.Both => BothName,
        _ => BranchCommitsName,
    };
}

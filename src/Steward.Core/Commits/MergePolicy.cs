namespace Steward.Core.Commits;

/// <summary>
/// <c>commits.merges</c>: what a release lists for a pull request merged with a merge commit whose message names it
/// (GitHub's <c>Merge pull request #15 from ...</c>, GitLab's <c>See merge request group/proj!12</c>, Gitea's).
/// </summary>
public enum MergePolicy
{
    /// <summary>The commits of the merged branch, each on its own; the merge commit is skipped (the default).</summary>
    BranchCommits,

    /// <summary>The pull request's title (the merge commit's body) is the change; the branch's commits are not listed again.</summary>
    PrTitle,

    /// <summary>The pull request's title and the branch's commits.</summary>
    Both,
}

namespace Steward.Core.Commits;

/// <summary>Why a commit in a release range counts, or why it does not.</summary>
public enum CommitRole
{
    /// <summary>A conventional commit whose type and breaking marker decide its bump (which may be none).</summary>
    Counted,

    /// <summary>A message that is not conventional: kept as "other", it asks for no release.</summary>
    Other,

    /// <summary>A merge commit, skipped unless <c>commits.includeMerges</c>; the commits it merges count on their own.</summary>
    Merge,

    /// <summary>
    /// A commit of a pull request merged with a merge commit, under <c>commits.merges: pr-title</c>: the pull request's
    /// title stands for it, so it is not counted or listed again.
    /// </summary>
    ListedByPullRequest,

    /// <summary>A <c>fixup!</c>, <c>squash!</c> or <c>amend!</c> commit, meant to be folded into another.</summary>
    Autosquash,

    /// <summary>A commit reverted within the range, or a revert whose target is in the range: the pair cancels out.</summary>
    Cancelled,

    /// <summary>A revert of a commit outside the range (already released): users see a change, so it is a patch.</summary>
    RevertOfReleased,
}

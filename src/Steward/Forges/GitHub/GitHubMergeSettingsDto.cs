namespace Steward.Forges.GitHub;

/// <summary>
/// A repository's commit message settings for its pull requests, as GitHub's repository object has them and its
/// update (<c>PATCH /repos/{owner}/{repo}</c>) takes them: the same four fields read and written.
/// </summary>
internal sealed record GitHubMergeSettingsDto
{
    /// <summary>PR_TITLE or COMMIT_OR_PR_TITLE.</summary>
    public string? SquashMergeCommitTitle { get; init; }

    /// <summary>PR_BODY, COMMIT_MESSAGES or BLANK.</summary>
    public string? SquashMergeCommitMessage { get; init; }

    /// <summary>PR_TITLE or MERGE_MESSAGE.</summary>
    public string? MergeCommitTitle { get; init; }

    /// <summary>PR_BODY, PR_TITLE or BLANK.</summary>
    public string? MergeCommitMessage { get; init; }
}

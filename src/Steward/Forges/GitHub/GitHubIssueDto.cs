namespace Steward.Forges.GitHub;

/// <summary>An issue as GitHub's issues list answers it; a pull request carries a <c>pull_request</c> object.</summary>
internal sealed class GitHubIssueDto
{
    public long Number { get; set; }

    public string Title { get; set; } = string.Empty;

    public string HtmlUrl { get; set; } = string.Empty;

    public GitHubIssuePullRequestDto? PullRequest { get; set; }
}

namespace Steward.Forges.Gitea;

/// <summary>The fields Steward reads of Gitea's issue object; a pull request is an issue with a <c>pull_request</c> object.</summary>
internal sealed record GiteaIssueDto
{
    public long Number { get; init; }

    public string Title { get; init; } = string.Empty;

    public string HtmlUrl { get; init; } = string.Empty;

    public GiteaIssuePullRequestDto? PullRequest { get; init; }
}

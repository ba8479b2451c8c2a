namespace Steward.Forges.GitHub;

/// <summary>The <c>pull_request</c> object of an issue that is a pull request; only its presence matters here.</summary>
internal sealed class GitHubIssuePullRequestDto
{
    public string? HtmlUrl { get; set; }
}

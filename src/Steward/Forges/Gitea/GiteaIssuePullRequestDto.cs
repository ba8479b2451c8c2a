namespace Steward.Forges.Gitea;

/// <summary>The <c>pull_request</c> object of an issue that is a pull request: only its presence is read.</summary>
internal sealed record GiteaIssuePullRequestDto
{
    public bool Merged { get; init; }
}

namespace Steward.Forges.GitHub;

/// <summary>The fields Steward reads of GitHub's pull-request object.</summary>
internal sealed record GitHubPullDto
{
    public long Number { get; init; }

    public string Title { get; init; } = string.Empty;

    public string? Body { get; init; }

    public string State { get; init; } = string.Empty;

    public string? MergedAt { get; init; }

    public string HtmlUrl { get; init; } = string.Empty;

    public GitHubBranchRefDto Head { get; init; } = new();

    public GitHubBranchRefDto Base { get; init; } = new();

    public List<GitHubLabelDto> Labels { get; init; } = [];
}

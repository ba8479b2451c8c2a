namespace Steward.Forges.GitLab;

/// <summary>A release's assets: its links (Steward's assets are links to generic package files) and GitLab's own source archives (not read).</summary>
internal sealed record GitLabReleaseAssetsDto
{
    public List<GitLabLinkDto>? Links { get; init; }
}

namespace Steward.Forges.GitLab;

/// <summary>A release as GitLab's releases API returns it (the fields Steward reads). GitLab keys releases by tag: there is no id.</summary>
internal sealed record GitLabReleaseDto
{
    public string TagName { get; init; } = string.Empty;

    public string? Name { get; init; }

    public string? Description { get; init; }

    public GitLabReleaseAssetsDto? Assets { get; init; }
}

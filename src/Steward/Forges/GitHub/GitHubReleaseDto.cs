namespace Steward.Forges.GitHub;

/// <summary>A release as GitHub's REST API returns it (the fields Steward reads).</summary>
internal sealed record GitHubReleaseDto
{
    public long Id { get; init; }

    public string TagName { get; init; } = string.Empty;

    public string? Name { get; init; }

    public string? Body { get; init; }

    public bool Draft { get; init; }

    public bool Prerelease { get; init; }

    /// <summary>A URI template: <c>https://uploads.github.com/repos/O/R/releases/ID/assets{?name,label}</c>.</summary>
    public string? UploadUrl { get; init; }

    public List<GitHubAssetDto>? Assets { get; init; }
}

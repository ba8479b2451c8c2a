namespace Steward.Forges.Gitea;

/// <summary>A release as Gitea's (and Forgejo's) API returns it (the fields Steward reads).</summary>
internal sealed record GiteaReleaseDto
{
    public long Id { get; init; }

    public string TagName { get; init; } = string.Empty;

    public string? Name { get; init; }

    public string? Body { get; init; }

    public bool Draft { get; init; }

    public bool Prerelease { get; init; }

    public List<GiteaAttachmentDto>? Assets { get; init; }
}

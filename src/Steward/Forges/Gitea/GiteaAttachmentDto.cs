namespace Steward.Forges.Gitea;

/// <summary>A release attachment: its id, name, size and download address. Gitea reports no digest.</summary>
internal sealed record GiteaAttachmentDto
{
    public long Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public long Size { get; init; }

    public string? BrowserDownloadUrl { get; init; }
}

namespace Steward.Core.Forge;

/// <summary>A release as the forge has it (drafts included).</summary>
public sealed record ForgeRelease(long Id, string Tag, string Name, string Body, bool Draft, bool Prerelease, IReadOnlyList<ForgeAsset> Assets)
{
    /// <summary>The address an asset is uploaded to (GitHub's <c>upload_url</c>, without its template); null elsewhere.</summary>
    public string? UploadTemplate { get; init; }
}

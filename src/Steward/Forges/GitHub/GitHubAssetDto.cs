namespace Steward.Forges.GitHub;

/// <summary>A release asset as GitHub's REST API returns it (the fields Steward reads).</summary>
internal sealed record GitHubAssetDto
{
    public long Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public long Size { get; init; }

    /// <summary><c>uploaded</c>, or <c>open</c>/<c>starter</c> for an upload that never finished.</summary>
    public string? State { get; init; }

    /// <summary><c>sha256:HEX</c> (GitHub computes it for assets uploaded since June 2025); null for older ones.</summary>
    public string? Digest { get; init; }
}

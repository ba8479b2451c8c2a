namespace Steward.Tests.Forge;

/// <summary>An asset the fake GitHub holds: its bytes, and <c>uploaded</c> or <c>open</c> (an upload that broke off).</summary>
internal sealed class FakeAsset
{
    public long Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public string Label { get; init; } = string.Empty;

    public string ContentType { get; init; } = "application/octet-stream";

    public byte[] Content { get; init; } = [];

    public string State { get; init; } = "uploaded";

    /// <summary>False for an asset from before GitHub reported digests.</summary>
    public bool HasDigest { get; init; } = true;
}

namespace Steward.Tests.Forge;

/// <summary>A release the fake GitHub holds.</summary>
internal sealed class FakeRelease
{
    public long Id { get; init; }

    public string Tag { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    public bool Draft { get; set; }

    public bool Prerelease { get; set; }

    /// <summary>The make_latest of the call that published it (null: never published through the API).</summary>
    public string? MakeLatest { get; set; }

    public List<FakeAsset> Assets { get; } = [];
}

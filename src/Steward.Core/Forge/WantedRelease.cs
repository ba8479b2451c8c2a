namespace Steward.Core.Forge;

/// <summary>
/// The release as it should be on the forge: its tag, title and notes, whether it stays a draft, whether it is a
/// prerelease (from the version), whether it may become the forge's "latest" (only the highest stable version), and
/// its assets.
/// </summary>
public sealed record WantedRelease(
    string Tag,
    string Name,
    string Notes,
    bool Draft,
    bool Prerelease,
    bool MakeLatest,
    IReadOnlyList<WantedAsset> Assets);

namespace Steward.Core.Forge;

/// <summary>A file that should be attached to the release: its name on the forge, its path (relative to the repository root), size and SHA-256.</summary>
public sealed record WantedAsset(string Name, string Path, long Size, string Sha256);

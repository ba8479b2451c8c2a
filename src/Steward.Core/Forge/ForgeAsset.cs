namespace Steward.Core.Forge;

/// <summary>
/// A file attached to a release on the forge. <paramref name="Sha256"/> is the forge's digest (lower-case hex), null
/// when it reports none; <paramref name="Complete"/> is false for an upload that never finished (GitHub's state
/// <c>starter</c>), which is replaced like a changed file.
/// </summary>
public sealed record ForgeAsset(long Id, string Name, long Size, string? Sha256, bool Complete = true);

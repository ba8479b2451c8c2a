using Steward.Core.Forge;

namespace Steward.Forges;

/// <summary>
/// A forge whose assets carry no digest (Gitea, Forgejo) but whose content can be read back: before planning, the
/// assets that might be the wanted files (same name, same size) get their SHA-256 by download, so a changed file of
/// the same size is still replaced. Forges that report digests (GitHub, GitLab's package files) do not implement it.
/// </summary>
internal interface IAssetDigests
{
    Task<ForgeRelease> WithDigestsAsync(ForgeRelease release, IReadOnlyList<WantedAsset> wanted, CancellationToken cancellation);
}

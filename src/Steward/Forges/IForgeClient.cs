using Steward.Core.Forge;

namespace Steward.Forges;

/// <summary>
/// One forge's release API, in the forge-neutral terms of <c>Steward.Core.Forge</c>: read a release (drafts
/// included), create it as a draft, update its text, delete and upload assets, publish it. Each call is one forge
/// request or a few (pagination), made through <see cref="ForgeHttp"/>.
/// </summary>
internal interface IForgeClient
{
    /// <summary>The forge's name in messages: GitHub, GitLab, Gitea.</summary>
    string Name { get; }

    /// <summary>The largest file the forge takes as one asset.</summary>
    long MaxAssetSize { get; }

    /// <summary>Whether the forge keeps unpublished (draft) releases; GitLab does not.</summary>
    bool SupportsDrafts { get; }

    ForgeHttp Http { get; }

    Task<ForgeRelease?> FindReleaseAsync(string tag, CancellationToken cancellation);

    /// <summary>Creates the release as a draft; a forge without drafts (<see cref="SupportsDrafts"/> false) creates it published.</summary>
    Task<ForgeRelease> CreateDraftAsync(WantedRelease wanted, CancellationToken cancellation);

    Task<ForgeRelease> UpdateAsync(ForgeRelease release, WantedRelease wanted, CancellationToken cancellation);

    Task DeleteAssetAsync(ForgeRelease release, ForgeAsset asset, CancellationToken cancellation);

    Task<ForgeAsset> UploadAsync(ForgeRelease release, WantedAsset asset, string fullPath, CancellationToken cancellation);

    Task<ForgeRelease> PublishAsync(ForgeRelease release, WantedRelease wanted, CancellationToken cancellation);

    /// <summary>
    /// The requests a step would make, in order (--dry-run --json), for the release as it is (null: not created yet):
    /// one on GitHub and Gitea; on GitLab an asset is a package file and a release link, so two or more.
    /// </summary>
    IReadOnlyList<ForgeCall> Planned(PublishStep step, ForgeRelease? existing);

    Task<ForgeAccess> CheckAccessAsync(CancellationToken cancellation);
}

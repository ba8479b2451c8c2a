namespace Steward.Core.Ci;

/// <summary>What <c>steward init --ci</c> writes workflows for: the repository's release process, read from steward.yml.</summary>
/// <param name="Branches">release.branches: the patterns whose pushes release.</param>
/// <param name="TagPrefix">The release tags' prefix (tag triggers: publishing, images).</param>
/// <param name="ToolVersion">The Steward version to install (the one writing the files).</param>
public sealed record CiProcess(IReadOnlyList<string> Branches, string TagPrefix, string ToolVersion)
{
    /// <summary>The branches whose pushes run the propagation (a hand-raised VERSION written into every target).</summary>
    public const string BumpBranches = "bump-version/**";

    /// <summary>steward.yml lists announcers: the release announces.</summary>
    public bool Announce { get; init; }

    /// <summary>--publish: artifacts and the forge release after each release, and on release tags people push.</summary>
    public bool Publish { get; init; }

    /// <summary>--pr: pushes keep a release pull request up to date; the release happens when it is merged.</summary>
    public bool PullRequests { get; init; }

    /// <summary>pr.dispatch is set: the workflow may start another one (GitHub's actions: write).</summary>
    public bool Dispatch { get; init; }

    /// <summary>
    /// The registry hosts of the declared images (release-images.json or artifacts.images), in order of first use;
    /// empty for no image job.
    /// </summary>
    public IReadOnlyList<string> ImageRegistries { get; init; } = [];

    /// <summary>
    /// A monorepo's components (steward.yml: components), each with its own tags and images; empty for a repository that
    /// is one component, whose files do not change.
    /// </summary>
    public IReadOnlyList<CiComponent> Components { get; init; } = [];

    /// <summary>The repository has components: one release tags several, and tags, publishing and images are per component.</summary>
    public bool IsMonorepo => Components.Count > 0;

    /// <summary>The components that declare images (one image job each).</summary>
    public IReadOnlyList<CiComponent> ImageComponents => [.. Components.Where(c => c.ImageRegistries.Count > 0)];

    /// <summary>
    /// The tag prefixes whose pushed tags start the workflow: the root's, or in a monorepo every component's when
    /// publishing and otherwise those of the components with images.
    /// </summary>
    public IReadOnlyList<string> TriggerPrefixes =>
        !IsMonorepo ? [TagPrefix] : [.. (Publish ? Components : ImageComponents).Select(c => c.TagPrefix)];

    /// <summary>Whether release tags trigger the workflow (publishing or images).</summary>
    public bool OnTags => Publish || ImageRegistries.Count > 0 || ImageComponents.Count > 0;
}

using Steward.Core.Commits;
using Steward.Core.Configuration;
using Steward.Core.Versioning;

namespace Steward.Core.Components;

/// <summary>
/// One releasable part of a repository: where it lives, the VERSION file that is its single source of truth, the
/// prefix of its release tags, the files that carry its version and its changelog. A plain repository is one component
/// at the root; every verb takes a component rather than assuming the root, so that a repository of several is more
/// configuration, not a second code path.
/// </summary>
/// <param name="Name">The component's name (<see cref="RootName"/> for the repository's root).</param>
/// <param name="Path">Its folder relative to the repository root, '/'-separated; empty for the root.</param>
/// <param name="TagPrefix">Prefix of its release tags: <c>v</c> gives <c>v1.2.3</c>.</param>
/// <param name="Propagate">The files that carry its version (detected and configured targets).</param>
/// <param name="Changelog">Its changelog: the file (relative to the repository root) and how it is written.</param>
public sealed record Component(string Name, string Path, string TagPrefix, PropagateConfig Propagate, ChangelogConfig Changelog)
{
    /// <summary>The name of the component at the repository's root.</summary>
    public const string RootName = "root";

    /// <summary>The VERSION file, relative to the repository root.</summary>
    public string VersionFile => At(Versioning.VersionFile.FileName);

    /// <summary>The changelog file, relative to the repository root.</summary>
    public string ChangelogFile => Changelog.File;

    public bool IsRoot => Path.Length == 0;

    /// <summary>
    /// Globs of the files that belong to it (relative to the repository root), for a component spread over several
    /// folders; empty: every file under <see cref="Path"/>.
    /// </summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    /// <summary>Globs of files under its paths that do not belong to it.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>The components whose release makes this one release too.</summary>
    public IReadOnlyList<string> DependsOn { get; init; } = [];

    /// <summary>The least bump a dependency's release gives it (<see cref="BumpLevel.None"/>: none).</summary>
    public BumpLevel Cascade { get; init; } = BumpLevel.Patch;

    /// <summary>What a pull request merged with a merge commit is listed as in the changelog (<c>commits.merges</c>).</summary>
    public MergePolicy Merges { get; init; }

    /// <summary>What <c>steward artifacts</c> and <c>steward images</c> build for it: archive name, charts, signer, images.</summary>
    public ArtifactsConfig Artifacts { get; init; } = new();

    /// <summary>The root component of a repository configured as <paramref name="config"/>: its tag prefix, targets and changelog.</summary>
    public static Component Root(StewardConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new Component(RootName, string.Empty, config.TagPrefix, config.Propagate, config.Changelog)
        {
            Merges = MergePolicies.Parse(config.Commits.Merges),
            Artifacts = config.Artifacts,
        };
    }

    /// <summary>A path inside the component, relative to the repository root.</summary>
    public string At(string relativePath) => IsRoot ? relativePath : $"{Path}/{relativePath}";

    /// <summary>The release tag of <paramref name="version"/>: the component's prefix and the version.</summary>
    public string TagOf(SemanticVersion version) => VersionConverter.ToGitTag(version, TagPrefix);
}

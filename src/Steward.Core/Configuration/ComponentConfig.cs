namespace Steward.Core.Configuration;

/// <summary>
/// One component of a monorepo (an item of <c>components:</c> in steward.yml): its name, where its files are, its
/// release tags, changelog and version targets, and the components whose releases make it release too.
/// </summary>
public sealed class ComponentConfig
{
    /// <summary>The component's name: <c>[a-z0-9][a-z0-9._-]*</c>.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Its folder: commits touching files under it belong to it; its VERSION and CHANGELOG.md live there.</summary>
    public string? Path { get; set; }

    /// <summary>Globs of its files, for a component spread over several folders (instead of, or besides, <see cref="Path"/>).</summary>
    public IList<string> Paths { get; set; } = [];

    /// <summary>Globs of files under its paths that do not belong to it (e.g. <c>**/*.md</c>).</summary>
    public IList<string> Exclude { get; set; } = [];

    /// <summary>Prefix of its release tags; null gives <c>NAME-v</c>.</summary>
    public string? TagPrefix { get; set; }

    /// <summary>Its changelog file, relative to the repository root; null gives <c>PATH/CHANGELOG.md</c>.</summary>
    public string? Changelog { get; set; }

    /// <summary>Its version targets, paths relative to its folder; null detects files in its folder.</summary>
    public PropagateConfig? Propagate { get; set; }

    /// <summary>
    /// Its artifacts and images (<c>steward artifacts</c>, <c>steward images</c>), as the root artifacts section with paths
    /// relative to its folder; null, and each key it leaves out, take the root section's (see ComponentArtifacts).
    /// </summary>
    public ArtifactsConfig? Artifacts { get; set; }

    /// <summary>Components whose release makes this one release too (at least <see cref="Cascade"/>).</summary>
    public IList<string> DependsOn { get; set; } = [];

    /// <summary>What a dependency's release bumps: patch (default), minor or none.</summary>
    public string Cascade { get; set; } = "patch";
}

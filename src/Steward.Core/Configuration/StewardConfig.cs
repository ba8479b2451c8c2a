namespace Steward.Core.Configuration;

/// <summary>
/// The root of <c>steward.yml</c>. Every key is optional (zero-config first); each feature owns one section, in a file
/// of its own. Keys are camelCase in YAML; an unknown key is an error, so a typo never passes silently.
/// </summary>
public sealed class StewardConfig
{
    /// <summary>Prefix of release tags: <c>v</c> gives <c>v1.2.3</c>; <c>api-v</c> gives <c>api-v1.2.3</c>.</summary>
    public string TagPrefix { get; set; } = "v";

    public PropagateConfig Propagate { get; set; } = new();

    public CommitsConfig Commits { get; set; } = new();

    public ChangelogConfig Changelog { get; set; } = new();

    public ReleaseConfig Release { get; set; } = new();

    public ArtifactsConfig Artifacts { get; set; } = new();

    public FlowConfig Flow { get; set; } = new();

    /// <summary>Where steward announce (and release --announce) tells people about a release (docs/announce.md).</summary>
    public List<AnnouncerConfig> Announce { get; set; } = [];

    /// <summary>The components of a monorepo; empty: the repository is one component at the root (the keys above).</summary>
    public IList<ComponentConfig> Components { get; set; } = [];

    /// <summary>Components released together (fixed or linked versions).</summary>
    public IList<GroupConfig> Groups { get; set; } = [];

    public ForgeConfig Forge { get; set; } = new();

    public PublishConfig Publish { get; set; } = new();

    /// <summary>The release pull request of steward pr (docs/pr.md).</summary>
    public PullRequestConfig Pr { get; set; } = new();

    /// <summary>How release notes are gathered: where pull request descriptions are read (docs/pr.md).</summary>
    public NotesConfig Notes { get; set; } = new();
}

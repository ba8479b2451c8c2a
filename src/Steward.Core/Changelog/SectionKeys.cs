namespace Steward.Core.Changelog;

/// <summary>The built-in sections, by the keys steward.yml uses for them, with their default titles and order.</summary>
public static class SectionKeys
{
    public const string Breaking = "breaking";
    public const string Security = "security";
    public const string Features = "features";
    public const string Enhancements = "enhancements";
    public const string Fixes = "fixes";
    public const string Performance = "performance";
    public const string Deprecations = "deprecations";
    public const string Dependencies = "dependencies";
    public const string Documentation = "documentation";
    public const string Reverts = "reverts";

    /// <summary>Commits that are not conventional, or of a type no section takes; not shown unless put in the order.</summary>
    public const string Other = "other";

    public static IReadOnlyDictionary<string, string> DefaultTitles { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Breaking] = "Breaking Changes",
        [Security] = "Security",
        [Features] = "Features",
        [Enhancements] = "Enhancements",
        [Fixes] = "Bug Fixes",
        [Performance] = "Performance",
        [Deprecations] = "Deprecations",
        [Dependencies] = "Dependencies",
        [Documentation] = "Documentation",
        [Reverts] = "Reverts",
        [Other] = "Other Changes",
    };

    /// <summary>Breaking changes first: they are what a reader must act on.</summary>
    public static IReadOnlyList<string> DefaultOrder { get; } =
        [Breaking, Security, Features, Enhancements, Fixes, Performance, Deprecations, Dependencies, Documentation, Reverts];

    public static IReadOnlyDictionary<string, string> DefaultTypes { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["feat"] = Features,
        ["enhancement"] = Enhancements,
        ["improvement"] = Enhancements,
        ["fix"] = Fixes,
        ["perf"] = Performance,
        ["security"] = Security,
        ["deprecate"] = Deprecations,
        ["deprecation"] = Deprecations,
        ["deps"] = Dependencies,
        ["docs"] = Documentation,
        ["revert"] = Reverts,
    };

    public static IReadOnlyList<string> DefaultHiddenTypes { get; } = ["build", "ci", "chore", "style", "test", "refactor"];
}

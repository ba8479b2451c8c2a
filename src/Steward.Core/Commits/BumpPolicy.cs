using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Core.Versioning;

namespace Steward.Core.Commits;

/// <summary>
/// What one commit asks of the version: breaking is major, then the type's bump from the (configurable) mapping, and
/// the two 0.x settings that keep a project below 1.0.0. Built once from the configuration, which it validates.
/// </summary>
public sealed class BumpPolicy
{
    /// <summary>The default mapping: the three types of the Conventional Commits spec and semantic-release that release.</summary>
    public static readonly IReadOnlyDictionary<string, BumpLevel> DefaultTypes = new Dictionary<string, BumpLevel>(StringComparer.Ordinal)
    {
        ["feat"] = BumpLevel.Minor,
        ["fix"] = BumpLevel.Patch,
        ["perf"] = BumpLevel.Patch,
    };

    private readonly Dictionary<string, BumpLevel> types;

    public BumpPolicy(CommitsConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        Config = config;
        Merges = MergePolicies.Parse(config.Merges);
        types = new Dictionary<string, BumpLevel>(DefaultTypes, StringComparer.Ordinal);
        foreach (var (type, bump) in config.Types)
        {
            types[type.ToLowerInvariant()] = ParseLevel(bump)
                ?? throw Messages.CommitTypeBumpUnknown(type, bump);
        }
    }

    public CommitsConfig Config { get; }

    /// <summary>What a pull request merged with a merge commit counts as (<c>commits.merges</c>).</summary>
    public MergePolicy Merges { get; }

    /// <summary>The types that bump the version, for messages that explain why nothing is released.</summary>
    public IEnumerable<string> ReleasingTypes => types.Where(t => t.Value > BumpLevel.None).Select(t => t.Key).Order(StringComparer.Ordinal);

    /// <summary>Every type the mapping names, releasing or not.</summary>
    public IEnumerable<string> KnownTypes => types.Keys;

    /// <summary>
    /// The bump a message asks for, before the 0.x settings: breaking is major, whatever the header (a BREAKING CHANGE
    /// footer under a header that is not conventional counts); otherwise a message that is not conventional asks nothing.
    /// </summary>
    public BumpLevel LevelOf(CommitMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.IsBreaking)
        {
            return BumpLevel.Major;
        }

        if (!message.IsConventional)
        {
            return BumpLevel.None;
        }

        return types.TryGetValue(message.Type!, out var level) ? level : BumpLevel.None;
    }

    /// <summary>Applies the 0.x settings when <paramref name="current"/> is below 1.0.0; otherwise the level is unchanged.</summary>
    public BumpLevel ForVersion(BumpLevel level, SemanticVersion current)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (!current.Major.IsZero)
        {
            return level;
        }

        if (level == BumpLevel.Major && Config.BumpMinorPreMajor)
        {
            return BumpLevel.Minor;
        }

        if (level == BumpLevel.Minor && Config.BumpPatchForMinorPreMajor)
        {
            return BumpLevel.Patch;
        }

        return level;
    }

    /// <summary>Parses major, minor, patch or none (any case); null for anything else.</summary>
    public static BumpLevel? ParseLevel(string text) => text?.Trim().ToLowerInvariant() switch
    {
        "major" => BumpLevel.Major,
        "minor" => BumpLevel.Minor,
        "patch" => BumpLevel.Patch,
        "none" => BumpLevel.None,
        _ => null,
    };
}

using Steward.Core.Commits;
using Steward.Core.Components;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Core.Versioning;

namespace Steward.Configuration;

/// <summary>
/// The components a repository holds, as its configuration gives them. Without a <c>components</c> key a repository is
/// one component at the root, configured by the root keys (tagPrefix, propagate, changelog) exactly as before
/// components existed; with it, one component per entry (steward.yml was checked when it was read).
/// </summary>
internal static class ComponentResolver
{
    /// <summary>Every component of a repository configured as <paramref name="config"/>, in the order steward.yml lists them.</summary>
    public static IReadOnlyList<Component> Resolve(StewardConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return config.Components.Count == 0 ? [Component.Root(config)] : [.. config.Components.Select(c => Of(config, c))];
    }

    /// <summary>Whether the repository is a monorepo (a components key).</summary>
    public static bool HasComponents(StewardConfig config) => config.Components.Count > 0;

    /// <summary>
    /// The component a verb works on when it works on one: the repository's only one. A monorepo is refused with one
    /// line (that verb does not loop over components yet), never answered for a component picked at random.
    /// </summary>
    public static Component Single(StewardConfig config)
    {
        var all = Resolve(config);
        return all.Count == 1 && !HasComponents(config) ? all[0] : throw Messages.VerbNeedsOneComponent(all.Count);
    }

    /// <summary>
    /// The components a verb taking <c>--component NAME</c> works on: those named (each must be a component), or every
    /// one. A repository without a components key is its one root component, and refuses <c>--component</c>.
    /// </summary>
    public static IReadOnlyList<Component> Select(StewardConfig config, IReadOnlyList<string> only)
    {
        ArgumentNullException.ThrowIfNull(only);
        if (!HasComponents(config))
        {
            return only.Count > 0 ? throw Messages.ComponentOptionWithoutComponents(only[0]) : [Component.Root(config)];
        }

        var all = Resolve(config);
        var known = all.Select(c => c.Name).ToList();
        foreach (var name in only.Where(n => !known.Contains(n)))
        {
            throw Messages.UnknownComponentOption(name, known);
        }

        return only.Count == 0 ? all : [.. all.Where(c => only.Contains(c.Name))];
    }

    /// <summary>
    /// The component of the project at <paramref name="root"/> for the verbs that need only its VERSION file (the
    /// version tools): a steward.yml that cannot be read is reported by the verbs that read it, so here the
    /// component keeps its default settings instead.
    /// </summary>
    public static Component SingleLeniently(string root)
    {
        try
        {
            return Single(ConfigLoader.Load(root));
        }
        catch (StewardException)
        {
            return Single(new StewardConfig());
        }
    }

    /// <summary>patch, minor or none; null for anything else.</summary>
    public static BumpLevel? ParseCascade(string text) => text switch
    {
        "patch" => BumpLevel.Patch,
        "minor" => BumpLevel.Minor,
        "none" => BumpLevel.None,
        _ => null,
    };

    private static Component Of(StewardConfig config, ComponentConfig entry)
    {
        var index = config.Components.IndexOf(entry);
        var key = $"components[{index}]";
        var paths = entry.Paths.Select((p, i) => ComponentFolder.Normalize($"{key}.paths[{i}]", p)).ToList();
        var folder = entry.Path is not null ? ComponentFolder.Normalize($"{key}.path", entry.Path) : ComponentFolder.LiteralFolder(paths[0]);
        var changelog = entry.Changelog is not null
            ? ComponentFolder.Normalize($"{key}.changelog", entry.Changelog)
            : folder.Length == 0 ? config.Changelog.File : $"{folder}/{config.Changelog.File}";
        return new Component(entry.Name, folder, entry.TagPrefix ?? entry.Name + "-v", entry.Propagate ?? new PropagateConfig(), config.Changelog.WithFile(changelog))
        {
            Paths = entry.Path is not null ? [.. paths.Prepend(folder.Length == 0 ? "**" : folder + "/**")] : paths,
            Exclude = [.. entry.Exclude.Select((e, i) => ComponentFolder.Normalize($"{key}.exclude[{i}]", e))],
            DependsOn = [.. entry.DependsOn],
            Cascade = ParseCascade(entry.Cascade) ?? BumpLevel.Patch,
            Merges = MergePolicies.Parse(config.Commits.Merges),
            Artifacts = ComponentArtifacts.Of(config.Artifacts, entry.Artifacts, entry.Name, folder),
        };
    }
}

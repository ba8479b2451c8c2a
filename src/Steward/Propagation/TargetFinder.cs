using Microsoft.Extensions.FileSystemGlobbing;
using Steward.Configuration;
using Steward.Core.Components;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Core.Propagation;
using Steward.Git;

namespace Steward.Propagation;

/// <summary>
/// Finds every target of a component: the tracked files Steward detects (minus exclusions) and the configured ones; reads
/// and scans them. A configured target that matches no file, or no version in its files, is an error: a typo must
/// not pass silently.
/// </summary>
internal static class TargetFinder
{
    public static TargetSet Find(string root, GitRunner git, Component component)
    {
        var yamlPath = Workspace.SafePath.ForReading(root, ConfigLoader.FileName);
        var yaml = File.Exists(yamlPath) ? File.ReadAllText(yamlPath) : null;
        var configured = ConfiguredTargetReader.Read(component.Propagate, yaml);
        var excluded = ExcludeMatcher(component.Propagate, yaml);
        bool IsSelf(string path) => path == component.VersionFile || path == ConfigLoader.FileName;
        var tracked = TrackedFiles.List(git);

        // A monorepo component's targets are its own files, and its configured globs are relative to its folder.
        var folder = component.IsRoot ? string.Empty : component.Path + "/";
        if (!component.IsRoot)
        {
            tracked = [.. tracked.Where(f => f.Path.StartsWith(folder, StringComparison.Ordinal))];
        }

        string Relative(string path) => path[folder.Length..];
        var locators = new SortedDictionary<string, List<IVersionLocator>>(StringComparer.Ordinal);

        if (component.Propagate.Detect)
        {
            foreach (var file in tracked)
            {
                if (!file.IsSymbolicLink && !IsSelf(file.Path) && DetectedTargets.For(file.Path) is { } locator && !excluded.Match(Relative(file.Path)).HasMatches)
                {
                    Add(locators, file.Path, locator);
                }
            }
        }

        foreach (var target in configured)
        {
            var matched = tracked.Where(f => !IsSelf(f.Path) && target.Matcher.Match(Relative(f.Path)).HasMatches).ToList();
            if (matched.Count == 0)
            {
                throw Messages.TargetMatchesNothing(ConfigLoader.FileName, target.Line, target.Name, target.Glob);
            }

            foreach (var file in matched)
            {
                if (file.IsSymbolicLink)
                {
                    throw Messages.TargetIsSymlink(ConfigLoader.FileName, target.Line, target.Name, file.Path);
                }

                Add(locators, file.Path, target.Locator);
            }
        }

        var sources = new List<SourceFile>();
        var files = new List<ScannedFile>();
        var found = new HashSet<IVersionLocator>();
        foreach (var (path, fileLocators) in locators)
        {
            if (!File.Exists(Path.Combine(root, path)))
            {
                // Tracked but deleted in the work tree: it is on its way out, not a target.
                continue;
            }

            var source = SourceFileReader.Read(root, path);
            var scanned = Propagator.Scan(path, source.Text, fileLocators);
            foreach (var locator in fileLocators.Where(l => configured.Any(c => c.Locator == l) && l.Locate(path, source.Text).Count > 0))
            {
                found.Add(locator);
            }

            if (scanned.Slots.Count > 0)
            {
                sources.Add(source);
                files.Add(scanned);
            }
        }

        foreach (var target in configured.Where(t => !found.Contains(t.Locator)))
        {
            throw Messages.TargetFindsNoVersion(ConfigLoader.FileName, target.Line, target.Name, target.Locator.Description, target.Glob);
        }

        return new TargetSet(sources, files);
    }

    private static void Add(SortedDictionary<string, List<IVersionLocator>> locators, string path, IVersionLocator locator)
    {
        if (!locators.TryGetValue(path, out var list))
        {
            locators[path] = list = [];
        }

        list.Add(locator);
    }

    private static Matcher ExcludeMatcher(PropagateConfig config, string? yaml)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        for (var i = 0; i < config.Exclude.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(config.Exclude[i]))
            {
                throw Messages.EmptyExclude(ConfigLoader.FileName, ConfigPositions.LineOf(yaml, "exclude", i), i);
            }

            matcher.AddInclude(config.Exclude[i]);
        }

        return matcher;
    }
}

using Steward.Core.Configuration;
using Steward.Core.Errors;

namespace Steward.Configuration;

/// <summary>
/// Refuses, when steward.yml is read, every components and groups setting that could not work: a bad or repeated name,
/// a path that leaves the repository, enters .git or overlaps another component's, a repeated tag prefix, an unknown
/// dependsOn or group member, a dependsOn cycle, a component in two fixed groups. Each one line naming the key, before
/// any verb has read or written anything.
/// </summary>
internal static class ComponentConfigCheck
{
    /// <summary>The checks that need only the configuration.</summary>
    public static void Check(StewardConfig config)
    {
        if (config.Components.Count == 0)
        {
            if (config.Groups.Count > 0)
            {
                throw Messages.GroupsWithoutComponents();
            }

            return;
        }

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var prefixes = new Dictionary<string, string>(StringComparer.Ordinal);
        var folders = new List<(string Key, string Folder)>();
        for (var i = 0; i < config.Components.Count; i++)
        {
            var component = config.Components[i];
            var key = $"components[{i}]";
            CheckName($"{key}.name", component.Name, names);
            if (component.Path is null && component.Paths.Count == 0)
            {
                throw Messages.ComponentWithoutPath(key, component.Name);
            }

            if (component.Path is not null)
            {
                folders.Add(($"{key}.path", ComponentFolder.Normalize($"{key}.path", component.Path)));
            }

            for (var p = 0; p < component.Paths.Count; p++)
            {
                var glob = ComponentFolder.Normalize($"{key}.paths[{p}]", component.Paths[p]);
                if (ComponentFolder.WholeFolder(glob) is { } folder && !folders.Any(f => f.Key.StartsWith(key + ".", StringComparison.Ordinal) && f.Folder == folder))
                {
                    folders.Add(($"{key}.paths[{p}]", folder));
                }
            }

            for (var e = 0; e < component.Exclude.Count; e++)
            {
                ComponentFolder.Normalize($"{key}.exclude[{e}]", component.Exclude[e]);
            }

            var prefix = component.TagPrefix ?? component.Name + "-v";
            if (prefixes.TryGetValue(prefix, out var other))
            {
                throw Messages.ComponentTagPrefixDuplicate($"{key}.tagPrefix", prefix, other);
            }

            prefixes[prefix] = $"{key} ({component.Name})";
            if (component.Changelog is not null)
            {
                ComponentFolder.Normalize($"{key}.changelog", component.Changelog);
            }

            if (ComponentResolver.ParseCascade(component.Cascade) is null)
            {
                throw Messages.ComponentCascadeUnknown($"{key}.cascade", component.Cascade);
            }
        }

        CheckOverlaps(folders);
        CheckDependencies(config, names);
        CheckGroups(config, names);
    }

    /// <summary>The check that needs the work tree: every component folder exists (and is a folder, not a link).</summary>
    public static void CheckFolders(StewardConfig config, string root)
    {
        for (var i = 0; i < config.Components.Count; i++)
        {
            var component = config.Components[i];
            if (component.Path is null)
            {
                continue;
            }

            var folder = ComponentFolder.Normalize($"components[{i}].path", component.Path);
            var full = Path.Combine(root, folder);
            if (!Directory.Exists(full) || new DirectoryInfo(full).LinkTarget is not null)
            {
                throw Messages.ComponentPathMissing($"components[{i}].path", component.Path);
            }
        }
    }

    private static void CheckName(string key, string name, Dictionary<string, string> seen)
    {
        if (!IsName(name))
        {
            throw Messages.ComponentNameInvalid(key, name);
        }

        if (seen.TryGetValue(name, out var first))
        {
            throw Messages.ComponentNameDuplicate(key, name, first);
        }

        seen[name] = key[..key.LastIndexOf('.')];
    }

    /// <summary><c>[a-z0-9][a-z0-9._-]*</c>: safe in a tag, a file name and a command line.</summary>
    public static bool IsName(string name) =>
        name.Length > 0 && IsLowerAlphanumeric(name[0]) && name.All(c => IsLowerAlphanumeric(c) || c is '.' or '_' or '-');

    private static bool IsLowerAlphanumeric(char c) => c is >= 'a' and <= 'z' or >= '0' and <= '9';

    private static void CheckOverlaps(List<(string Key, string Folder)> folders)
    {
        for (var i = 0; i < folders.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                // Two globs of one component may nest; two components may not.
                if (Owner(folders[i].Key) != Owner(folders[j].Key) && ComponentFolder.Overlap(folders[i].Folder, folders[j].Folder))
                {
                    throw Messages.ComponentPathsOverlap(folders[i].Key, folders[i].Folder, folders[j].Key, folders[j].Folder);
                }
            }
        }

        static string Owner(string key) => key[..key.IndexOf(']', StringComparison.Ordinal)];
    }

    private static void CheckDependencies(StewardConfig config, Dictionary<string, string> names)
    {
        for (var i = 0; i < config.Components.Count; i++)
        {
            var dependsOn = config.Components[i].DependsOn;
            for (var d = 0; d < dependsOn.Count; d++)
            {
                if (!names.ContainsKey(dependsOn[d]))
                {
                    throw Messages.ComponentDependsOnUnknown($"components[{i}].dependsOn[{d}]", dependsOn[d]);
                }
            }
        }

        var edges = config.Components.ToDictionary(c => c.Name, c => c.DependsOn, StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var component in config.Components)
        {
            var path = new List<string>();
            if (FindCycle(component.Name, edges, path, done) is { } cycle)
            {
                var index = config.Components.Select(c => c.Name).ToList().IndexOf(cycle[0]);
                throw Messages.ComponentDependsOnCycle($"components[{index}].dependsOn", cycle);
            }
        }
    }

    /// <summary>A depth-first walk; the cycle (first name repeated at the end) or null.</summary>
    private static List<string>? FindCycle(string name, Dictionary<string, IList<string>> edges, List<string> path, HashSet<string> done)
    {
        var at = path.IndexOf(name);
        if (at >= 0)
        {
            return [.. path.Skip(at), name];
        }

        if (done.Contains(name))
        {
            return null;
        }

        path.Add(name);
        foreach (var next in edges[name])
        {
            if (FindCycle(next, edges, path, done) is { } cycle)
            {
                return cycle;
            }
        }

        path.RemoveAt(path.Count - 1);
        done.Add(name);
        return null;
    }

    private static void CheckGroups(StewardConfig config, Dictionary<string, string> names)
    {
        var groupNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var fixedGroupOf = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var g = 0; g < config.Groups.Count; g++)
        {
            var group = config.Groups[g];
            var key = $"groups[{g}]";
            CheckName($"{key}.name", group.Name, groupNames);
            if (group.Mode is not ("fixed" or "linked"))
            {
                throw Messages.GroupModeUnknown($"{key}.mode", group.Mode);
            }

            for (var m = 0; m < group.Components.Count; m++)
            {
                var member = group.Components[m];
                if (!names.ContainsKey(member))
                {
                    throw Messages.GroupMemberUnknown($"{key}.components[{m}]", member);
                }

                if (group.Mode == "fixed")
                {
                    if (fixedGroupOf.TryGetValue(member, out var first) && first != group.Name)
                    {
                        throw Messages.ComponentInTwoFixedGroups(member, first, group.Name);
                    }

                    fixedGroupOf[member] = group.Name;
                }
            }
        }
    }
}

using Microsoft.Extensions.FileSystemGlobbing;
using Steward.Core.Components;

namespace Steward.Configuration;

/// <summary>
/// Which components a file belongs to: every component whose folder holds it or whose globs match it, minus its
/// excludes. A component that is whole folders without excludes is found by looking up the file's folders (no glob
/// matching per file), so assigning a long history to many components stays cheap.
/// </summary>
internal sealed class ComponentFiles
{
    private readonly Dictionary<string, List<int>> byFolder = new(StringComparer.Ordinal);
    private readonly List<(int Index, Matcher Matcher)> byGlob = [];
    private readonly List<int> everything = [];

    public ComponentFiles(IReadOnlyList<Component> components)
    {
        for (var i = 0; i < components.Count; i++)
        {
            var component = components[i];
            if (component.Paths.Count == 0 && component.Exclude.Count == 0)
            {
                everything.Add(i);
                continue;
            }

            var folders = component.Paths.Select(ComponentFolder.WholeFolder).ToList();
            if (component.Exclude.Count == 0 && folders.All(f => f is { Length: > 0 }))
            {
                foreach (var folder in folders)
                {
                    (byFolder.TryGetValue(folder!, out var list) ? list : byFolder[folder!] = []).Add(i);
                }

                continue;
            }

            var matcher = new Matcher(StringComparison.Ordinal);
            matcher.AddIncludePatterns(component.Paths.Count == 0 ? ["**"] : component.Paths);
            matcher.AddExcludePatterns(component.Exclude);
            byGlob.Add((i, matcher));
        }
    }

    /// <summary>Marks in <paramref name="owners"/> every component <paramref name="path"/> belongs to.</summary>
    public void Mark(string path, bool[] owners)
    {
        foreach (var i in everything)
        {
            owners[i] = true;
        }

        for (var slash = path.IndexOf('/', StringComparison.Ordinal); slash > 0; slash = path.IndexOf('/', slash + 1))
        {
            if (byFolder.TryGetValue(path[..slash], out var list))
            {
                foreach (var i in list)
                {
                    owners[i] = true;
                }
            }
        }

        foreach (var (index, matcher) in byGlob)
        {
            if (!owners[index] && matcher.Match(path).HasMatches)
            {
                owners[index] = true;
            }
        }
    }
}

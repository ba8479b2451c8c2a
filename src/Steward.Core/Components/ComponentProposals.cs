namespace Steward.Core.Components;

/// <summary>
/// The components <c>steward init</c> proposes from the tracked files: the folders below the root that hold a VERSION
/// file, or, when fewer than two do, the folders that hold a package.json, pyproject.toml or *.csproj (workspaces,
/// several Python or .NET projects). Two at least, or none; a folder inside another proposed one is left out (component
/// folders may not overlap).
/// </summary>
public static class ComponentProposals
{
    private static readonly string[] ProjectFiles = ["package.json", "pyproject.toml"];

    /// <returns>Each proposed component's name and folder, ordered by folder.</returns>
    public static IReadOnlyList<(string Name, string Path)> From(IEnumerable<string> trackedPaths)
    {
        ArgumentNullException.ThrowIfNull(trackedPaths);
        var paths = trackedPaths.Where(p => p.Contains('/', StringComparison.Ordinal)).ToList();
        var folders = Outermost(paths.Where(p => FileName(p) == Versioning.VersionFile.FileName));
        if (folders.Count < 2)
        {
            folders = Outermost(paths.Where(p => ProjectFiles.Contains(FileName(p)) || FileName(p).EndsWith(".csproj", StringComparison.Ordinal))
                .Where(p => !p.Contains("node_modules/", StringComparison.Ordinal)));
        }

        if (folders.Count < 2)
        {
            return [];
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var proposals = new List<(string, string)>();
        foreach (var folder in folders)
        {
            var name = NameOf(folder);
            var unique = name;
            for (var i = 2; !names.Add(unique); i++)
            {
                unique = $"{name}-{i}";
            }

            proposals.Add((unique, folder));
        }

        return proposals;
    }

    private static string FileName(string path) => path[(path.LastIndexOf('/') + 1)..];

    private static List<string> Outermost(IEnumerable<string> files)
    {
        var folders = files.Select(f => f[..f.LastIndexOf('/')]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return [.. folders.Where(f => !folders.Any(o => f.StartsWith(o + "/", StringComparison.Ordinal)))];
    }

    // A component's name: [a-z0-9][a-z0-9._-]*, from the folder's last segment.
    private static string NameOf(string folder)
    {
        var segment = folder[(folder.LastIndexOf('/') + 1)..].ToLowerInvariant();
        var name = new string([.. segment.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '-')]).TrimStart('.', '_', '-');
        return name.Length == 0 ? "component" : name;
    }
}

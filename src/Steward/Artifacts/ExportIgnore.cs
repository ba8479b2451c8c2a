using Steward.Git;

namespace Steward.Artifacts;

/// <summary>
/// A release tree without the paths its own .gitattributes mark <c>export-ignore</c> (as <c>git archive</c> leaves them
/// out): a file goes when it or any folder above it is marked.
/// </summary>
internal static class ExportIgnore
{
    public static IReadOnlyList<TreeFile> Filter(GitRunner git, IReadOnlyDictionary<string, string?> environment, ReleaseTree tree)
    {
        var directories = tree.Files.SelectMany(f => Ancestors(f.Path)).Distinct(StringComparer.Ordinal).ToList();
        var asked = tree.Files.Select(f => f.Path).Concat(directories.Select(d => d + "/"));
        var ignored = ExportIgnoreReader.Ignored(git, environment, $"refs/tags/{tree.Tag}^{{tree}}", asked);
        return [.. tree.Files.Where(f => !ignored.Contains(f.Path) && !Ancestors(f.Path).Any(ignored.Contains))];
    }

    public static IEnumerable<string> Ancestors(string path)
    {
        for (var slash = path.IndexOf('/', StringComparison.Ordinal); slash > 0; slash = path.IndexOf('/', slash + 1))
        {
            yield return path[..slash];
        }
    }
}

using System.Text;
using Steward.Git;

namespace Steward.Artifacts;

/// <summary>
/// Which paths of a tag's tree carry <c>export-ignore</c>, judged by git itself from the .gitattributes files of
/// that tree (not the work tree): the tree is read into a throwaway index (GIT_INDEX_FILE in a temp directory, so the
/// repository's own index is never touched) and <c>git check-attr --cached</c> answers for every file and directory.
/// </summary>
internal static class ExportIgnore
{
    public static IReadOnlyList<TreeFile> Filter(GitRunner git, IReadOnlyDictionary<string, string?> environment, ReleaseTree tree)
    {
        var indexDirectory = Directory.CreateTempSubdirectory("steward-index-");
        try
        {
            var env = new Dictionary<string, string?>(environment, StringComparer.Ordinal)
            {
                ["GIT_INDEX_FILE"] = Path.Combine(indexDirectory.FullName, "index"),
            };
            var scratch = new GitRunner(git.WorkingDirectory, env);
            scratch.Read("read-tree", $"refs/tags/{tree.Tag}^{{tree}}");
            var directories = tree.Files.SelectMany(f => Ancestors(f.Path)).Distinct(StringComparer.Ordinal).ToList();
            var queries = new StringBuilder();
            foreach (var path in tree.Files.Select(f => f.Path).Concat(directories.Select(d => d + "/")))
            {
                queries.Append(path).Append('\0');
            }

            var result = scratch.Run(["check-attr", "--cached", "-z", "--stdin", "export-ignore"], queries.ToString());
            if (!result.Succeeded)
            {
                throw GitRunner.Failure(["check-attr", "--cached", "export-ignore"], result);
            }

            var ignored = new HashSet<string>(StringComparer.Ordinal);
            var fields = result.Output.Split('\0');
            for (var i = 0; i + 2 < fields.Length; i += 3)
            {
                if (fields[i + 2] is not ("unspecified" or "unset"))
                {
                    ignored.Add(fields[i].TrimEnd('/'));
                }
            }

            return [.. tree.Files.Where(f => !ignored.Contains(f.Path) && !Ancestors(f.Path).Any(ignored.Contains))];
        }
        finally
        {
            indexDirectory.Delete(recursive: true);
        }
    }

    public static IEnumerable<string> Ancestors(string path)
    {
        for (var slash = path.IndexOf('/', StringComparison.Ordinal); slash > 0; slash = path.IndexOf('/', slash + 1))
        {
            yield return path[..slash];
        }
    }
}

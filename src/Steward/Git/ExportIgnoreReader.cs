using System.Text;

namespace Steward.Git;

/// <summary>
/// Which paths of a tree carry <c>export-ignore</c>, judged by git itself from the .gitattributes files of that tree
/// (not the work tree): the tree is read into a throwaway index (GIT_INDEX_FILE in a temp directory, so the
/// repository's own index is never touched) and <c>git check-attr --cached</c> answers for every path asked.
/// </summary>
internal static class ExportIgnoreReader
{
    /// <param name="paths">Files, and directories with a trailing slash.</param>
    /// <returns>The paths asked for that are export-ignored, without their trailing slash.</returns>
    public static IReadOnlySet<string> Ignored(GitRunner git, IReadOnlyDictionary<string, string?> environment, string treeish, IEnumerable<string> paths)
    {
        var indexDirectory = Directory.CreateTempSubdirectory("steward-index-");
        try
        {
            var env = new Dictionary<string, string?>(environment, StringComparer.Ordinal)
            {
                ["GIT_INDEX_FILE"] = Path.Combine(indexDirectory.FullName, "index"),
            };
            var scratch = new GitRunner(git.WorkingDirectory, env);
            scratch.Read("read-tree", treeish);
            var queries = new StringBuilder();
            foreach (var path in paths)
            {
                queries.Append(path).Append('\0');
            }

            var result = scratch.Run(["check-attr", "--cached", "-z", "--stdin", "export-ignore"], queries.ToString());
            if (!result.Succeeded)
            {
                throw GitRunner.Failure(["check-attr", "--cached", "export-ignore"], result);
            }

            // NUL-separated triples: path, attribute, value.
            var ignored = new HashSet<string>(StringComparer.Ordinal);
            var fields = result.Output.Split('\0');
            for (var i = 0; i + 2 < fields.Length; i += 3)
            {
                if (fields[i + 2] is not ("unspecified" or "unset"))
                {
                    ignored.Add(fields[i].TrimEnd('/'));
                }
            }

            return ignored;
        }
        finally
        {
            indexDirectory.Delete(recursive: true);
        }
    }
}

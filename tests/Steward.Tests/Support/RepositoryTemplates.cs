using System.Collections.Concurrent;

namespace Steward.Tests.Support;

/// <summary>
/// Fixture repositories built once per test run and copied for each test. Building a history commit by commit costs
/// three git processes a commit (add, commit, rev-parse), and a remote with its clone a dozen more; a copy of the
/// finished directories costs one (an index refresh, since a copied file has a new inode and ctime).
/// </summary>
/// <remarks>
/// How a fixture uses it: wrap the code that builds the repositories, with a key naming everything the build depends
/// on (its arguments), in <see cref="Copy"/>; the build returns the repositories it made, remote first if it made one.
/// Each caller gets its own copies, in new temp directories, with every path between them (a clone's origin) pointing
/// at the copies, and the commit counter carried on, so that later commits get the dates (and shas) a fresh build
/// would give them. Rules: the build must be a pure function of the key (no test-specific input, no extra environment),
/// must not depend on wall-clock time (the fixed clock of <see cref="StewardRunner"/> is fine), and nobody writes to
/// the template directories after the build (the build's repositories are never handed to a test). Templates live in
/// the temp directory until the test process exits.
/// </remarks>
public static class RepositoryTemplates
{
    private static readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<(string Root, int Commits)>>> Templates = new(StringComparer.Ordinal);

    static RepositoryTemplates() => AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteTemplates();

    /// <summary>Copies of the repositories <paramref name="build"/> makes, built once per <paramref name="key"/>.</summary>
    public static TempGitRepository[] Copy(string key, Func<TempGitRepository[]> build)
    {
        var template = Templates.GetOrAdd(key, _ => new(() => build().Select(r => (r.Root, r.CommitCount)).ToList(), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
        var roots = template.Select(_ => TempGitRepository.NewRoot()).ToArray();
        for (var i = 0; i < roots.Length; i++)
        {
            CopyDirectory(new DirectoryInfo(template[i].Root), roots[i]);
        }

        var copies = new TempGitRepository[roots.Length];
        for (var i = 0; i < roots.Length; i++)
        {
            var gitDirectory = Directory.Exists(Path.Combine(roots[i], ".git")) ? Path.Combine(roots[i], ".git") : roots[i];
            foreach (var file in new[] { "config", "FETCH_HEAD", Path.Combine("objects", "info", "alternates") })
            {
                RewritePaths(Path.Combine(gitDirectory, file), template.Select(t => t.Root).ToArray(), roots);
            }

            copies[i] = TempGitRepository.At(roots[i], template[i].Commits);
            if (gitDirectory != roots[i])
            {
                copies[i].Git("update-index", "-q", "--refresh");
            }
        }

        return copies;
    }

    private static void CopyDirectory(DirectoryInfo source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var entry in source.EnumerateFileSystemInfos())
        {
            var target = Path.Combine(destination, entry.Name);
            if (entry.LinkTarget is { } link)
            {
                File.CreateSymbolicLink(target, link);
            }
            else if (entry is DirectoryInfo directory)
            {
                CopyDirectory(directory, target);
            }
            else
            {
                File.Copy(entry.FullName, target);
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(target, entry.UnixFileMode);
                }
            }
        }
    }

    private static void RewritePaths(string file, string[] from, string[] to)
    {
        if (!File.Exists(file))
        {
            return;
        }

        var text = File.ReadAllText(file);
        var rewritten = text;
        for (var i = 0; i < from.Length; i++)
        {
            rewritten = rewritten.Replace(from[i], to[i], StringComparison.Ordinal);
        }

        if (rewritten != text)
        {
            File.WriteAllText(file, rewritten);
        }
    }

    private static void DeleteTemplates()
    {
        foreach (var template in Templates.Values.Where(t => t.IsValueCreated))
        {
            foreach (var (root, _) in template.Value)
            {
                try
                {
                    Directory.Delete(root, recursive: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // A leftover temp directory is harmless.
                }
            }
        }
    }
}

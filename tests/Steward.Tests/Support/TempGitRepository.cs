using System.Diagnostics;
using System.Text;

namespace Steward.Tests.Support;

/// <summary>
/// A real git repository in a temp directory, built with the git CLI under <see cref="TestEnvironment"/>.
/// Commit dates advance one minute per commit from a fixed start, so histories are reproducible.
/// </summary>
public sealed class TempGitRepository : IDisposable
{
    private static readonly DateTimeOffset Start = new(2024, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private int commits;

    private TempGitRepository(string root, IReadOnlyDictionary<string, string?> environment)
    {
        Root = root;
        Environment = environment;
    }

    public string Root { get; }

    public IReadOnlyDictionary<string, string?> Environment { get; }

    /// <summary>How many commits <see cref="Commit"/> has made here (it dates the next one).</summary>
    internal int CommitCount => commits;

    /// <summary>
    /// A new repository with branch `main` and no commits (or a bare one). A fixture that many tests build the same way
    /// builds it once through <see cref="RepositoryTemplates.Copy"/> instead.
    /// </summary>
    public static TempGitRepository Create(bool bare = false, IReadOnlyDictionary<string, string?>? extraEnvironment = null)
    {
        var root = NewRoot();
        Directory.CreateDirectory(root);
        var repo = new TempGitRepository(root, TestEnvironment.Create(extraEnvironment));
        repo.Git(bare ? ["init", "-q", "--bare", "--initial-branch=main"] : ["init", "-q", "--initial-branch=main"]);
        return repo;
    }

    /// <summary>A clone of <paramref name="source"/> (a path or URL) in a new temp directory.</summary>
    public static TempGitRepository Clone(string source, params string[] options)
    {
        var root = NewRoot();
        var env = TestEnvironment.Create();
        RunGit(System.IO.Path.GetTempPath(), env, ["clone", "-q", .. options, source, root]);
        return new TempGitRepository(root, env);
    }

    /// <summary>A repository already on disk (a template's copy) that has had <paramref name="commits"/> commits made by <see cref="Commit"/>.</summary>
    internal static TempGitRepository At(string root, int commits) => new(root, TestEnvironment.Create()) { commits = commits };

    internal static string NewRoot() => Path.Combine(Path.GetTempPath(), "steward-test-" + Guid.NewGuid().ToString("N")[..12]);

    public string FullPath(string relative) => System.IO.Path.Combine(Root, relative);

    public TempGitRepository WriteFile(string relative, string content)
    {
        var full = FullPath(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content, new UTF8Encoding(false));
        return this;
    }

    public TempGitRepository WriteBytes(string relative, byte[] content)
    {
        var full = FullPath(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return this;
    }

    public string ReadFile(string relative) => File.ReadAllText(FullPath(relative));

    /// <summary>Stages everything and commits with <paramref name="message"/>; returns the new commit's sha.</summary>
    public string Commit(string message, string? authorName = null, string? authorEmail = null, bool allowEmpty = true)
    {
        commits++;
        var date = Start.AddMinutes(commits).ToString("yyyy-MM-ddTHH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture);
        Git("add", "-A");
        var extra = new Dictionary<string, string?>
        {
            ["GIT_AUTHOR_DATE"] = date,
            ["GIT_COMMITTER_DATE"] = date,
        };
        if (authorName is not null)
        {
            extra["GIT_AUTHOR_NAME"] = authorName;
        }

        if (authorEmail is not null)
        {
            extra["GIT_AUTHOR_EMAIL"] = authorEmail;
        }

        GitWith(extra, allowEmpty ? ["commit", "-q", "--allow-empty", "-m", message] : ["commit", "-q", "-m", message]);
        return Git("rev-parse", "HEAD").Trim();
    }

    /// <summary>An annotated tag (or a lightweight one) at HEAD or <paramref name="target"/>.</summary>
    public TempGitRepository Tag(string name, string? target = null, bool annotated = true)
    {
        var args = annotated ? new List<string> { "tag", "-a", "-m", $"Release {name}", name } : ["tag", name];
        if (target is not null)
        {
            args.Add(target);
        }

        Git([.. args]);
        return this;
    }

    public string Git(params string[] arguments) => RunGit(Root, Environment, arguments);

    public string GitWith(IReadOnlyDictionary<string, string?> extra, params string[] arguments)
    {
        var env = new Dictionary<string, string?>(Environment);
        foreach (var (k, v) in extra)
        {
            env[k] = v;
        }

        return RunGit(Root, env, arguments);
    }

    /// <summary>A fingerprint of everything a command could change: refs, HEAD, index, work tree (including untracked files).</summary>
    public string Snapshot()
    {
        var sb = new StringBuilder();
        sb.Append(Git("for-each-ref", "--format=%(refname) %(objectname)"));
        sb.Append(Git("rev-parse", "HEAD")).Append(Git("symbolic-ref", "-q", "HEAD"));
        if (Git("rev-parse", "--is-bare-repository").Trim() == "true")
        {
            return sb.ToString();
        }

        sb.Append(Git("ls-files", "--stage"));
        sb.Append(Git("status", "--porcelain=v1", "--untracked-files=all", "--ignored"));
        foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (file.Contains($"{System.IO.Path.DirectorySeparatorChar}.git{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            sb.Append(file).Append(' ').Append(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)))).Append('\n');
        }

        return sb.ToString();
    }

    public void Dispose()
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal);
            }

            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless; never fail a test over cleanup.
        }
    }

    private static string RunGit(string directory, IReadOnlyDictionary<string, string?> environment, IReadOnlyList<string> arguments)
    {
        var info = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        foreach (var (k, v) in environment)
        {
            info.Environment[k] = v;
        }

        using var process = Process.Start(info)!;
        var errorTask = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed ({process.ExitCode}): {errorTask.Result}");
        }

        return output;
    }
}

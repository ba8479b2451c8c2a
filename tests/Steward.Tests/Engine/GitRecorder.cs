using System.Text;

namespace Steward.Tests.Engine;

/// <summary>
/// A `git` first on PATH that writes every argv it is given to a log, then runs the real git: what Steward really
/// executed, to hold against what its --dry-run said it would. A <c>git log --stdin</c> walk's input (its revisions) is
/// logged too, once Steward has closed it; git then reads the same input from a copy.
/// </summary>
public sealed class GitRecorder : IDisposable
{
    private static readonly string[] WriteCommands = ["add", "commit", "tag", "push", "reset", "read-tree", "update-ref", "restore", "rm", "merge", "checkout", "switch", "branch"];

    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("steward-git-recorder-");

    public GitRecorder()
    {
        var realGit = (System.Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, "git")).First(File.Exists);
        var script = Path.Combine(directory.FullName, "git");
        File.WriteAllText(
            script,
            $$"""
            #!/bin/sh
            for a in "$@"; do printf '%s\037' "$a"; done >> '{{Log}}'
            printf '\036' >> '{{Log}}'
            if [ "$1" = log ]; then
              for a in "$@"; do
                if [ "$a" = --stdin ]; then
                  input=$(mktemp)
                  cat > "$input"
                  { cat "$input"; printf '\036'; } >> '{{InputLog}}'
                  exec < "$input"
                  rm -f "$input"
                  break
                fi
              done
            fi
            exec '{{realGit}}' "$@"

            """);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private string Log => Path.Combine(directory.FullName, "argv.log");

    private string InputLog => Path.Combine(directory.FullName, "stdin.log");

    /// <summary>The environment that puts the recorder first on PATH.</summary>
    public IReadOnlyDictionary<string, string?> Environment => new Dictionary<string, string?>
    {
        ["PATH"] = directory.FullName + Path.PathSeparator + System.Environment.GetEnvironmentVariable("PATH"),
    };

    /// <summary>Every git command that changes a repository, as run (with "git" first), in order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Writes() => All().Where(IsWrite).ToList();

    /// <summary>Every git command run, reads and writes, as run (with "git" first), in order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> All()
    {
        if (!File.Exists(Log))
        {
            return [];
        }

        return File.ReadAllText(Log, Encoding.UTF8).Split('\u001e', StringSplitOptions.RemoveEmptyEntries)
            .Select(r => (IReadOnlyList<string>)["git", .. r.Split('\u001f').SkipLast(1)])
            .ToList();
    }

    /// <summary>What each <c>git log --stdin</c> walk was fed, its revisions one per line, in the order their input ended.</summary>
    public IReadOnlyList<IReadOnlyList<string>> WalkInputs() =>
        File.Exists(InputLog)
            ? File.ReadAllText(InputLog, Encoding.UTF8).Split('\u001e').SkipLast(1)
                .Select(r => (IReadOnlyList<string>)r.Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToList()
            : [];

    public void Dispose() => directory.Delete(recursive: true);

    private static bool IsWrite(IReadOnlyList<string> argv) =>
        argv.Count > 1 && WriteCommands.Contains(argv[1])
        && !(argv[1] is "tag" or "branch" && argv.Any(a => a is "-l" or "--list" or "--points-at" or "--contains" or "--merged" or "--format" || a.StartsWith("--format=", StringComparison.Ordinal)))
        && !(argv[1] == "branch" && argv.Count == 2);
}

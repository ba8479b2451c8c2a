namespace Steward.Tests.Engine;

/// <summary>
/// git hooks (core.hooksPath) that kill Steward for real, once: a marker file outside the repository says the kill
/// happened, so the same hook lets the --continue that follows through.
/// </summary>
public sealed class KillHooks : IDisposable
{
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("steward-kill-hooks-");

    public string Marker => Path.Combine(directory.FullName, "killed");

    public bool Killed => File.Exists(Marker);

    /// <summary>
    /// A git hook that, the first time, SIGKILLs Steward (the parent of the git command that runs the hook) and then
    /// exits with <paramref name="exitAfterKill"/>: 1 stops the git command (a kill before it), 0 lets it finish
    /// without Steward (a kill during it).
    /// </summary>
    public KillHooks GitHook(string name, int exitAfterKill)
    {
        var script = Path.Combine(directory.FullName, name);
        File.WriteAllText(script,
            $"#!/bin/sh\nif [ ! -f '{Marker}' ]; then\n  touch '{Marker}'\n  kill -9 $(awk '{{print $4}}' /proc/$PPID/stat)\n  exit {exitAfterKill}\nfi\nexit 0\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return this;
    }

    /// <summary>
    /// Makes a bare remote reject every push in its pre-receive hook. The remote's own hooks directory: git clears the
    /// configuration variables of the environment for the local receive-pack, so core.hooksPath does not reach it.
    /// </summary>
    public static void RejectPushesTo(Support.TempGitRepository remote)
    {
        var script = Path.Combine(remote.Root, "hooks", "pre-receive");
        Directory.CreateDirectory(Path.GetDirectoryName(script)!);
        File.WriteAllText(script, "#!/bin/sh\necho 'rejected by policy' >&2\nexit 1\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    /// <summary>A Steward hook command (steward.yml) that SIGKILLs Steward, its parent, the first time it runs.</summary>
    public string StewardHookCommand => $"[sh, -c, '[ -f {Marker} ] || {{ touch {Marker}; kill -9 $PPID; sleep 5; }}']";

    /// <summary>The environment under which git runs these hooks (the test environment turns hooks off).</summary>
    public IReadOnlyDictionary<string, string?> Environment => new Dictionary<string, string?> { ["GIT_CONFIG_VALUE_3"] = directory.FullName };

    public void Dispose() => directory.Delete(recursive: true);
}

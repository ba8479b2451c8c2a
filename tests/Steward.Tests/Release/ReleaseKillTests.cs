using Steward.Tests.Support;

namespace Steward.Tests.Release;

/// <summary>
/// The built tool killed for real (SIGKILL from a before-commit hook, after the files are written): the rerun names
/// the interrupted release, --abort puts everything back, and the release then succeeds exactly once.
/// </summary>
public sealed class ReleaseKillTests : IDisposable
{
    // The hook kills Steward, then stays until Steward is gone, however long that takes on a loaded machine: a hook
    // that returned first could let Steward go on to commit. No sleep that guesses how long a kill takes.
    private const string KillCommand = "        command: [sh, -c, 'kill -9 $PPID; while kill -0 $PPID 2>/dev/null; do sleep 0.05; done']\n";

    private readonly ReleaseRepository project = new();

    public void Dispose() => project.Dispose();

    [Fact]
    public void A_killed_release_is_reported_aborted_and_released_again_once()
    {
        var work = project.Work;
        var killer = "release:\n  hooks:\n    beforeCommit:\n      - name: kill\n" + KillCommand;
        File.WriteAllText(work.FullPath("steward.yml"), killer);
        work.Git("add", "steward.yml");
        work.Commit("ci: a hook that kills the release");
        var before = work.Snapshot();

        var killed = ProcessRunner.Run(work.Root, null, "release");

        killed.ExitCode.Should().Be(137, "SIGKILL: " + killed.Error);
        work.ReadFile("VERSION").Should().Be("1.1.0\n", "the files were written before the kill");

        var rerun = ProcessRunner.Run(work.Root, null, "release");
        rerun.ExitCode.Should().Be(1);
        rerun.Error.Should().Contain("a release of v1.1.0 was interrupted").And.Contain("steward release --abort");

        var abort = ProcessRunner.Run(work.Root, null, "release", "--abort");
        abort.ExitCode.Should().Be(0, abort.Error);
        work.Snapshot().Should().Be(before);

        work.WriteFile("steward.yml", string.Empty);
        work.Commit("ci: no more killing");
        var release = ProcessRunner.Run(work.Root, null, "release");
        release.ExitCode.Should().Be(0, release.Error);
        work.Git("tag", "-l").Should().Be("v1.0.0\nv1.1.0\n");
        work.Git("log", "--format=%s", "v1.0.0..HEAD").Split('\n').Count(l => l.StartsWith("chore(release)", StringComparison.Ordinal))
            .Should().Be(1, "never a second release commit");
    }

    [Fact]
    public void Abort_removes_the_files_an_earlier_hook_created_and_keeps_the_users_own()
    {
        var work = project.Work;
        var hooks = "release:\n  hooks:\n    beforeCommit:\n"
            + "      - name: generate\n        command: [sh, -c, 'echo gen > generated.txt; echo log > build/hook.log']\n"
            + "      - name: kill\n" + KillCommand;
        work.WriteFile("steward.yml", hooks).WriteFile(".gitignore", "build/\n");
        work.Git("add", "steward.yml", ".gitignore");
        work.Commit("ci: a hook that generates, then one that kills the release");
        work.WriteFile("notes.txt", "mine\n").WriteFile("build/cache.bin", "old\n");
        var before = work.Snapshot();

        var killed = ProcessRunner.Run(work.Root, null, "release", "--allow-dirty"); // notes.txt is untracked
        killed.ExitCode.Should().Be(137, "SIGKILL: " + killed.Error);
        work.ReadFile("generated.txt").Should().Be("gen\n", "the first hook ran before the kill");

        var abort = ProcessRunner.Run(work.Root, null, "release", "--abort");
        abort.ExitCode.Should().Be(0, abort.Error);

        File.Exists(work.FullPath("generated.txt")).Should().BeFalse();
        work.ReadFile("notes.txt").Should().Be("mine\n");
        work.ReadFile("build/cache.bin").Should().Be("old\n");
        work.ReadFile("build/hook.log").Should().Be("log\n", "ignored files are never removed: Steward cannot tell the hook's from the user's");
        File.Delete(work.FullPath("build/hook.log"));
        work.Snapshot().Should().Be(before);
    }
}

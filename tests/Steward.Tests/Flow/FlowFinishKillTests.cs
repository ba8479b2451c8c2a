using Steward.Tests.Support;

namespace Steward.Tests.Flow;

/// <summary>
/// The built tool killed for real in the middle of a release finish (SIGKILL from a git hook, whose parent git is
/// Steward's child): the next finish names the one in progress, --abort puts every ref and file back, and --continue
/// completes it with the changelog entry once.
/// </summary>
public sealed class FlowFinishKillTests : IDisposable
{
    // The hook's parent is git; git's parent is Steward. /proc rather than ps, which a slim image may lack. No sleep:
    // git concludes its own step once the hook returns, as it would when Steward dies of anything else.
    private const string Killer = "#!/bin/sh\nkill -9 \"$(awk '{print $4}' /proc/$PPID/stat)\"\n";

    private readonly TempGitRepository remote;
    private readonly TempGitRepository work;
    private readonly string hooks;

    public FlowFinishKillTests()
    {
        (remote, work) = FlowFixture.WithFeatureOnDevelop();
        StewardRunner.Run(work.Root, "flow", "release", "start").ExitCode.Should().Be(0);
        work.Commit("fix: search edge case");
        hooks = Path.Combine(work.Root, ".git", "kill-hooks");
        Directory.CreateDirectory(hooks);
    }

    public void Dispose()
    {
        work.Dispose();
        remote.Dispose();
    }

    [Theory]
    [InlineData("pre-commit", "between writing CHANGELOG.md and committing it")]
    [InlineData("post-merge", "after the merge into main")]
    public void A_killed_finish_is_reported_and_aborted_back_to_where_it_began(string hook, string when)
    {
        var before = work.Snapshot();
        var remoteBefore = remote.Snapshot();

        KillFinish(hook).ExitCode.Should().Be(137, "SIGKILL " + when);
        work.Snapshot().Should().NotBe(before, "the finish was under way");

        var again = ProcessRunner.Run(work.Root, null, "flow", "release", "finish");
        again.ExitCode.Should().Be(1);
        again.Error.Should().Be("steward: error: 'flow release finish' of release/v1.1.0 is in progress; run 'steward flow release finish --continue' or '--abort' first\n");

        var abort = ProcessRunner.Run(work.Root, null, "flow", "release", "finish", "--abort");

        abort.ExitCode.Should().Be(0, abort.Error);
        work.Snapshot().Should().Be(before, "every branch, tag, file and HEAD is back " + when);
        remote.Snapshot().Should().Be(remoteBefore);

        var finish = ProcessRunner.Run(work.Root, null, "flow", "release", "finish");
        finish.ExitCode.Should().Be(0, finish.Error);
        System.Text.RegularExpressions.Regex.Count(work.Git("show", "develop:CHANGELOG.md"), "## 1.1.0 ").Should().Be(1);
    }

    [Fact]
    public void A_finish_killed_after_the_merge_into_main_continues_to_the_end()
    {
        KillFinish("post-merge").ExitCode.Should().Be(137);

        var resumed = ProcessRunner.Run(work.Root, null, "flow", "release", "finish", "--continue");

        resumed.ExitCode.Should().Be(0, resumed.Error);
        resumed.Out.Should().StartWith("Merged release/v1.1.0 into main\nTagged v1.1.0 on main\nMerged main into develop\n");
        work.Git("symbolic-ref", "--short", "HEAD").Trim().Should().Be("develop");
        FlowFixture.Sha(work, "v1.1.0^{commit}").Should().Be(FlowFixture.Sha(work, "main"));
        work.Git("rev-list", "--count", "--merges", "v1.0.0..main").Trim().Should().Be("1", "one merge into main, never a second");
        System.Text.RegularExpressions.Regex.Count(work.Git("show", "develop:CHANGELOG.md"), "## 1.1.0 ").Should().Be(1);
        work.Git("branch", "--list", "release/*").Should().BeEmpty();
        work.Git("status", "--porcelain").Should().BeEmpty();
    }

    private StewardResult KillFinish(string hook)
    {
        var path = Path.Combine(hooks, hook);
        File.WriteAllText(path, Killer);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        // Only this run sees the hook; every later run has the test environment's hooksPath (none).
        return ProcessRunner.RunWith(work.Root, new Dictionary<string, string?> { ["GIT_CONFIG_VALUE_3"] = hooks }, null, "flow", "release", "finish");
    }
}

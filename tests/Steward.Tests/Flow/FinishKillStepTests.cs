using Steward.Tests.Engine;
using Steward.Tests.Support;

namespace Steward.Tests.Flow;

/// <summary>
/// `flow release finish --push` killed for real (SIGKILL from a git hook, whose parent git is Steward's child) at each
/// of its steps, before, during and after the push: --abort ends exactly as before (or, once the remote has the push,
/// undoes nothing and says so), and --continue ends fully finished, never with a stray tag or a moved branch.
/// </summary>
public sealed class FinishKillStepTests : IDisposable
{
    private const string Kill = "kill -9 \"$(awk '{print $4}' /proc/$PPID/stat)\"\n";

    private readonly TempGitRepository remote;
    private readonly TempGitRepository work;
    private readonly string hooks;

    public FinishKillStepTests()
    {
        (remote, work) = FlowFixture.WithFeatureOnDevelop();
        StewardRunner.Run(work.Root, "flow", "release", "start").ExitCode.Should().Be(0);
        work.Commit("fix: search edge case");
        work.Git("push", "-q", "origin", "release/v1.1.0");
        hooks = Path.Combine(work.Root, ".git", "kill-hooks");
        Directory.CreateDirectory(hooks);
    }

    public void Dispose()
    {
        work.Dispose();
        remote.Dispose();
    }

    public static TheoryData<string, string, bool> Kills => new()
    {
        // hook, script after "#!/bin/sh", whether the push reached the remote
        { "pre-commit", Kill + "exit 1\n", false },
        { "post-commit", Kill, false },
        { "post-checkout", Kill, false },
        { "post-merge", Kill, false },
        { "reference-transaction", "[ \"$1\" = committed ] && grep -q ' refs/tags/v1.1.0$' && " + Kill + "exit 0\n", false },
        { "reference-transaction", "[ \"$1\" = committed ] && grep -q ' refs/heads/develop$' && " + Kill + "exit 0\n", false },
        { "reference-transaction", "[ \"$1\" = committed ] && grep -q '^[0-9a-f]* 0\\{40\\} refs/heads/release/v1.1.0$' && " + Kill + "exit 0\n", false },
        { "pre-push", Kill + "exit 1\n", false },
        { "pre-push", Kill + "exit 0\n", true },
        { "reference-transaction", "[ \"$1\" = committed ] && grep -q ' refs/remotes/origin/main$' && " + Kill + "exit 0\n", true },
    };

    [Theory]
    [MemberData(nameof(Kills))]
    public void Abort_after_a_kill_ends_exactly_as_before_or_says_the_push_arrived(string hook, string script, bool arrived)
    {
        var before = work.Snapshot();
        var remoteBefore = remote.Snapshot();

        KillFinish(hook, script).ExitCode.Should().Be(137);
        WaitIf(arrived);

        var abort = ProcessRunner.Run(work.Root, null, "flow", "release", "finish", "--abort");

        abort.ExitCode.Should().Be(0, abort.Error);
        File.Exists(EngineEnvironment.JournalPath(work)).Should().BeFalse();
        if (arrived)
        {
            abort.Out.Should().StartWith("Nothing undone for 'flow release finish' of release/v1.1.0: 'origin' has what its push sent");
            remote.Git("rev-parse", "v1.1.0^{commit}").Should().Be(work.Git("rev-parse", "main"));
            return;
        }

        abort.Out.Should().Be("Aborted 'flow release finish' of release/v1.1.0: every branch and tag is back where it was.\n");
        work.Snapshot().Should().Be(before);
        remote.Snapshot().Should().Be(remoteBefore);
        work.Git("tag", "--list", "v1.1.0").Should().BeEmpty("no stray tag");
    }

    [Theory]
    [MemberData(nameof(Kills))]
    public void Continue_after_a_kill_finishes_everything_once(string hook, string script, bool arrived)
    {
        KillFinish(hook, script).ExitCode.Should().Be(137);
        WaitIf(arrived);

        var resumed = ProcessRunner.Run(work.Root, null, "flow", "release", "finish", "--continue");

        resumed.ExitCode.Should().Be(0, resumed.Error);
        File.Exists(EngineEnvironment.JournalPath(work)).Should().BeFalse();
        work.Git("symbolic-ref", "--short", "HEAD").Trim().Should().Be("develop");
        work.Git("status", "--porcelain").Should().BeEmpty();
        FlowFixture.Sha(work, "v1.1.0^{commit}").Should().Be(FlowFixture.Sha(work, "main"));
        work.Git("rev-list", "--count", "--merges", "v1.0.0..main").Trim().Should().Be("1", "one merge into main, never a second");
        work.Git("merge-base", "--is-ancestor", "main", "develop");
        System.Text.RegularExpressions.Regex.Count(work.Git("show", "develop:CHANGELOG.md"), "## 1.1.0 ").Should().Be(1);
        work.Git("branch", "--list", "release/*").Should().BeEmpty();
        remote.Git("rev-parse", "v1.1.0^{commit}").Should().Be(work.Git("rev-parse", "main"));
        remote.Git("rev-parse", "develop").Should().Be(work.Git("rev-parse", "develop"));
        remote.Git("branch", "--list", "release/*").Should().BeEmpty();
    }

    [Fact]
    public void A_finish_state_of_an_earlier_steward_gets_one_line_and_nothing_moves()
    {
        File.WriteAllText(work.FullPath(".git/steward-flow.json"), "{}");
        var before = work.Snapshot();

        foreach (var args in new[] { new[] { "flow", "release", "finish" }, ["flow", "release", "finish", "--continue"], ["flow", "feature", "start", "x"] })
        {
            var result = ProcessRunner.Run(work.Root, null, args);
            result.ExitCode.Should().Be(1);
            result.Error.Should().EndWith("steward-flow.json: a finish stopped by an earlier version of Steward, which this one cannot resume; finish or abort it with that version, or, once branches and tags are as you want them, delete the file\n");
            result.Error.Count(c => c == '\n').Should().Be(1);
        }

        work.Snapshot().Should().Be(before);
    }

    private void WaitIf(bool arrived)
    {
        if (arrived)
        {
            // The push goes on without Steward after the kill; wait for it (a local push takes a fraction of a second).
            EngineEnvironment.WaitForTag(remote, "v1.1.0");
        }
    }

    private StewardResult KillFinish(string hook, string script)
    {
        var path = Path.Combine(hooks, hook);
        File.WriteAllText(path, "#!/bin/sh\n" + script);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        // Only this run sees the hook; every later run has the test environment's hooksPath (none).
        return ProcessRunner.RunWith(work.Root, new Dictionary<string, string?> { ["GIT_CONFIG_VALUE_3"] = hooks }, null, "flow", "release", "finish", "--push");
    }
}

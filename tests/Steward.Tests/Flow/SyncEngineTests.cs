using Steward.Tests.Engine;
using Steward.Tests.Support;

namespace Steward.Tests.Flow;

/// <summary>
/// `steward sync` on the one engine: its dry run lists exactly the git commands the real run executes, and a real
/// `kill -9` at each step (a branch moved, before, during and after the push) is followed by --abort, ending exactly as
/// before (or, once the remote has the push, undoing nothing), or by --continue, ending fully synced.
/// </summary>
public sealed class SyncEngineTests : IDisposable
{
    private const string Kill = "kill -9 \"$(awk '{print $4}' /proc/$PPID/stat)\"\n";

    // Commit dates pinned, so that the merge commit a dry run plans is the very one the real run makes.
    private static readonly Dictionary<string, string?> PinnedDates = new()
    {
        ["GIT_AUTHOR_DATE"] = "2026-11-21T12:00:00Z",
        ["GIT_COMMITTER_DATE"] = "2026-11-21T12:00:00Z",
    };

    private readonly TempGitRepository remote;
    private readonly TempGitRepository work;
    private readonly string hooks;

    public SyncEngineTests()
    {
        (remote, work) = FlowFixture.WithRemote();
        work.WriteFile("steward.yml", "flow:\n  sync:\n    - branch: cloud\n    - branch: edge\n");
        work.Commit("chore: sync config");
        work.Git("branch", "cloud");
        work.Git("branch", "edge");
        work.Git("switch", "-q", "cloud");
        work.WriteFile("cloud.txt", "cloud only\n");
        work.Commit("feat: cloud settings");
        work.Git("switch", "-q", "main");
        work.Git("push", "-q", "origin", "main", "cloud", "edge");
        work.WriteFile("app.txt", "main line 1\nline 2\nline 3\n");
        work.Commit("fix: main wording");
        work.Git("push", "-q", "origin", "main");
        hooks = Path.Combine(work.Root, ".git", "kill-hooks");
        Directory.CreateDirectory(hooks);
    }

    public void Dispose()
    {
        work.Dispose();
        remote.Dispose();
    }

    [Fact]
    public void Sync_runs_exactly_the_git_commands_its_dry_run_lists()
    {
        using var recorder = new GitRecorder();
        var environment = EngineEnvironment.Merge(recorder.Environment, PinnedDates);
        var before = work.Snapshot();

        var dry = ProcessRunner.RunWith(work.Root, environment, null, "sync", "--push", "--dry-run", "--json");

        dry.ExitCode.Should().Be(0, dry.Error);
        recorder.Writes().Should().BeEmpty("a dry run changes nothing");
        work.Snapshot().Should().Be(before);
        var planned = EngineEnvironment.PlannedGitArgv(dry.Out);
        planned.Select(a => a[1]).Should().Equal("update-ref", "update-ref", "push");

        var real = ProcessRunner.RunWith(work.Root, environment, null, "sync", "--push");

        real.ExitCode.Should().Be(0, real.Error);
        recorder.Writes().Should().BeEquivalentTo(planned, o => o.WithStrictOrdering());
        real.Out.Should().MatchRegex("^cloud: merged main \\([0-9a-f]{7}\\), pushed to origin\nedge: fast-forwarded to main \\([0-9a-f]{7}\\), pushed to origin\n$");
        remote.Git("rev-parse", "cloud").Should().Be(work.Git("rev-parse", "cloud"));
    }

    public static TheoryData<string, string, bool> Kills => new()
    {
        // hook, script after "#!/bin/sh", whether the push reached the remote
        { "reference-transaction", "[ \"$1\" = committed ] && grep -q ' refs/heads/cloud$' && " + Kill + "exit 0\n", false },
        { "reference-transaction", "[ \"$1\" = committed ] && grep -q ' refs/heads/edge$' && " + Kill + "exit 0\n", false },
        { "pre-push", Kill + "exit 1\n", false },
        { "pre-push", Kill + "exit 0\n", true },
        { "reference-transaction", "[ \"$1\" = committed ] && grep -q ' refs/remotes/origin/' && " + Kill + "exit 0\n", true },
    };

    [Theory]
    [MemberData(nameof(Kills))]
    public void Abort_after_a_kill_ends_exactly_as_before_or_says_the_push_arrived(string hook, string script, bool arrived)
    {
        var before = work.Snapshot();
        var remoteBefore = remote.Snapshot();

        KillSync(hook, script).ExitCode.Should().Be(137);
        WaitIf(arrived);
        var abort = ProcessRunner.Run(work.Root, null, "sync", "--abort");

        abort.ExitCode.Should().Be(0, abort.Error);
        File.Exists(EngineEnvironment.JournalPath(work)).Should().BeFalse();
        if (arrived)
        {
            abort.Out.Should().Be("Nothing undone for the sync of cloud, edge: 'origin' has what its push sent.\n");
            remote.Git("rev-parse", "cloud", "edge").Should().Be(work.Git("rev-parse", "cloud", "edge"));
            return;
        }

        abort.Out.Should().Be("Aborted the sync of cloud, edge: every branch is back where it was.\n");
        work.Snapshot().Should().Be(before);
        remote.Snapshot().Should().Be(remoteBefore);
    }

    [Theory]
    [MemberData(nameof(Kills))]
    public void Continue_after_a_kill_syncs_every_branch(string hook, string script, bool arrived)
    {
        KillSync(hook, script).ExitCode.Should().Be(137);
        WaitIf(arrived);
        var again = ProcessRunner.Run(work.Root, null, "sync");
        again.ExitCode.Should().Be(1);
        again.Error.Should().Be("steward: error: a sync of cloud, edge was interrupted (journal.json in the git directory); run 'steward sync --continue' to finish it, or 'steward sync --abort' to put the repository back as it was before it\n");

        var resumed = ProcessRunner.Run(work.Root, null, "sync", "--continue");

        resumed.ExitCode.Should().Be(0, resumed.Error);
        resumed.Out.Should().EndWith("synced cloud, edge, pushed to origin\n");
        File.Exists(EngineEnvironment.JournalPath(work)).Should().BeFalse();
        var main = FlowFixture.Sha(work, "main");
        FlowFixture.Sha(work, "edge").Should().Be(main);
        work.Git("rev-parse", "cloud^2").Trim().Should().Be(main);
        remote.Git("rev-parse", "cloud", "edge").Should().Be(work.Git("rev-parse", "cloud", "edge"));
        work.Git("symbolic-ref", "--short", "HEAD").Trim().Should().Be("main");
    }

    private void WaitIf(bool arrived)
    {
        // The push goes on without Steward after the kill; wait for it (a local push takes a fraction of a second).
        for (var i = 0; arrived && i < 600 && remote.Git("rev-parse", "edge").Trim() != FlowFixture.Sha(work, "main"); i++)
        {
            Thread.Sleep(100);
        }
    }

    private StewardResult KillSync(string hook, string script)
    {
        var path = Path.Combine(hooks, hook);
        File.WriteAllText(path, "#!/bin/sh\n" + script);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        // Only this run sees the hook; every later run has the test environment's hooksPath (none).
        return ProcessRunner.RunWith(work.Root, new Dictionary<string, string?> { ["GIT_CONFIG_VALUE_3"] = hooks }, null, "sync", "--push");
    }
}

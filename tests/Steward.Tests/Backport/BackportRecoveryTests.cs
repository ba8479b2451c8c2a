using Steward.Tests.Engine;
using Steward.Tests.Support;

namespace Steward.Tests.Backport;

/// <summary>
/// steward backport as its own process: a kill before the push is undone by --abort (or finished by --continue), and
/// the real run executes exactly the git commands its dry run listed.
/// </summary>
public sealed class BackportRecoveryTests : IDisposable
{
    // The commits and tag objects are built while planning: with the clock pinned, the dry run and the run build the
    // same objects, so their argv can be compared whole.
    private static readonly Dictionary<string, string?> PinnedDates = new()
    {
        ["GIT_COMMITTER_DATE"] = "2026-11-21T10:00:00+00:00",
        ["GIT_AUTHOR_DATE"] = "2026-11-21T10:00:00+00:00",
    };

    private readonly BackportFixture fixture = new();
    private readonly GitRecorder recorder = new();
    private readonly KillHooks kill = new();

    private TempGitRepository Work => fixture.Work;

    public void Dispose()
    {
        kill.Dispose();
        recorder.Dispose();
        fixture.Dispose();
    }

    [Fact]
    public void The_run_executes_exactly_the_git_commands_its_dry_run_lists()
    {
        var environment = EngineEnvironment.Merge(recorder.Environment, PinnedDates);
        string[] args = ["backport", fixture.Fix, "--lines", "all", "--release", "--advisory", "CVE-2026-12345"];

        var dry = ProcessRunner.RunWith(Work.Root, environment, null, [.. args, "--dry-run", "--json"]);
        dry.ExitCode.Should().Be(0, dry.Error);
        var planned = EngineEnvironment.PlannedGitArgv(dry.Out);
        recorder.Writes().Should().BeEmpty("a dry run changes nothing");
        planned.Select(a => a[1]).Should().Equal("update-ref", "update-ref", "update-ref", "update-ref", "push");

        var real = ProcessRunner.RunWith(Work.Root, environment, null, args);

        real.ExitCode.Should().Be(0, real.Error);
        recorder.Writes().Should().BeEquivalentTo(planned, o => o.WithStrictOrdering());
        fixture.RemoteSha("refs/tags/v1.1.1").Should().Be(fixture.Sha("refs/tags/v1.1.1"));
    }

    [Fact]
    public void A_kill_before_the_push_is_undone_by_abort()
    {
        var before = Work.Snapshot();
        var remoteBefore = fixture.Remote.Snapshot();
        kill.GitHook("pre-push", exitAfterKill: 1);

        var killed = ProcessRunner.RunWith(Work.Root, kill.Environment, null, "backport", fixture.Fix, "--lines", "all", "--release");

        kill.Killed.Should().BeTrue(killed.Error);
        File.Exists(EngineEnvironment.JournalPath(Work)).Should().BeTrue("the run was killed half-way");
        Work.Git("tag", "-l", "v1.1.1").Should().Be("v1.1.1\n", "the refs had moved before the push");
        var refused = ProcessRunner.Run(Work.Root, null, "backport", fixture.Fix, "--lines", "all");
        refused.ExitCode.Should().NotBe(0, "an interrupted backport is finished or undone first");

        var aborted = ProcessRunner.Run(Work.Root, null, "backport", "--abort");

        aborted.ExitCode.Should().Be(0, aborted.Error);
        Work.Snapshot().Should().Be(before);
        fixture.Remote.Snapshot().Should().Be(remoteBefore);
        File.Exists(EngineEnvironment.JournalPath(Work)).Should().BeFalse();
    }

    [Fact]
    public void A_kill_before_the_push_is_finished_by_continue()
    {
        kill.GitHook("pre-push", exitAfterKill: 1);
        var killed = ProcessRunner.RunWith(Work.Root, kill.Environment, null, "backport", fixture.Fix, "--lines", "all", "--release");
        kill.Killed.Should().BeTrue(killed.Error);

        var resumed = ProcessRunner.Run(Work.Root, null, "backport", "--continue");

        resumed.ExitCode.Should().Be(0, resumed.Error);
        foreach (var name in new[] { "refs/heads/release/1.x", "refs/heads/release/2.x", "refs/tags/v1.1.1", "refs/tags/v2.0.1" })
        {
            fixture.RemoteSha(name).Should().Be(fixture.Sha(name), $"the remote has {name}");
        }
    }
}

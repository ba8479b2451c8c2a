using Steward.Tests.Flow;
using Steward.Tests.Support;

namespace Steward.Tests.Engine;

/// <summary>
/// rollback --apply --retract-tag on the engine: the retraction commit on main, the hotfix branch, the bad tag's
/// deletion (update-ref -d with its object) and the atomic push that deletes it on the remote (leased on that object)
/// are planned steps: --dry-run lists their argv, a rejected push or --abort before the push puts main, the tag and HEAD
/// back, and the push is the point of no return.
/// </summary>
public sealed class PlannedRetractionTests : IDisposable
{
    private readonly TempGitRepository remote;
    private readonly TempGitRepository work;

    public PlannedRetractionTests()
    {
        (remote, work) = FlowFixture.WithBadRelease();
    }

    public void Dispose()
    {
        work.Dispose();
        remote.Dispose();
    }

    [Fact]
    public void Dry_run_lists_the_argv_the_retraction_then_runs()
    {
        using var recorder = new GitRecorder();
        var before = work.Snapshot();
        var tagObject = work.Git("rev-parse", "refs/tags/v1.2.0").Trim();

        var dry = ProcessRunner.RunWith(work.Root, recorder.Environment, null, "rollback", "--apply", "--retract-tag", "--push", "--yes", "--dry-run", "--json");

        dry.ExitCode.Should().Be(0, dry.Error);
        var planned = EngineEnvironment.PlannedGitArgv(dry.Out);
        recorder.Writes().Should().BeEmpty("a dry run changes nothing");
        work.Snapshot().Should().Be(before);
        planned.Select(a => a[1]).Should().Equal("add", "commit", "switch", "add", "commit", "update-ref", "push");
        planned[5].Should().Equal("git", "update-ref", "-m", "steward", "-d", "--", "refs/tags/v1.2.0", tagObject);
        planned[6].Should().Equal("git", "push", "--atomic", "--porcelain", $"--force-with-lease=refs/tags/v1.2.0:{tagObject}", "--", "origin",
            "refs/heads/hotfix/v1.1.1:refs/heads/hotfix/v1.1.1", "refs/heads/main:refs/heads/main", ":refs/tags/v1.2.0");

        var real = ProcessRunner.RunWith(work.Root, recorder.Environment, null, "rollback", "--apply", "--retract-tag", "--push", "--yes");

        real.ExitCode.Should().Be(0, real.Error);
        recorder.Writes().Should().BeEquivalentTo(planned, o => o.WithStrictOrdering());
        work.Git("tag", "--list", "v1.2.0").Should().BeEmpty();
        remote.Git("tag", "--list", "v1.2.0").Should().BeEmpty();
        remote.Git("show", "main:VERSION").Should().Be("1.2.1\n");
        File.Exists(EngineEnvironment.JournalPath(work)).Should().BeFalse();
    }

    [Fact]
    public void Dry_run_as_text_names_the_tag_deletion_and_the_leased_push()
    {
        var result = StewardRunner.Run(work.Root, "rollback", "--apply", "--retract-tag", "--push", "--dry-run");

        result.ExitCode.Should().Be(0, result.Error);
        var tagObject = work.Git("rev-parse", "refs/tags/v1.2.0").Trim();
        result.Out.Should().Contain($"  git update-ref -m steward -d -- refs/tags/v1.2.0 {tagObject}\n")
            .And.Contain($"  git push --atomic --porcelain --force-with-lease=refs/tags/v1.2.0:{tagObject} -- origin ")
            .And.EndWith("dry run: nothing was changed\n");
        work.Git("tag", "--list", "v1.2.0").Should().Be("v1.2.0\n");
    }

    [Fact]
    public void A_rejected_remote_delete_puts_the_tag_main_and_head_back()
    {
        // Someone moved the remote's tag since: the lease names the object this repository has, so the atomic push,
        // the tag's deletion with it, is refused, and the run is undone.
        using var other = TempGitRepository.Clone(remote.Root);
        other.Git("tag", "-f", "v1.2.0", "v1.1.0");
        other.Git("push", "-q", "--force", "origin", "refs/tags/v1.2.0");
        var before = work.Snapshot();
        var tagBefore = work.Git("rev-parse", "refs/tags/v1.2.0");
        var remoteBefore = remote.Git("for-each-ref");

        var result = StewardRunner.Run(work.Root, "rollback", "--apply", "--retract-tag", "--push", "--yes");

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("steward: error: push to origin rejected (");
        result.Error.Count(c => c == '\n').Should().Be(1);
        work.Git("rev-parse", "refs/tags/v1.2.0").Should().Be(tagBefore);
        work.Snapshot().Should().Be(before);
        work.Git("branch", "--list", "hotfix/*").Should().BeEmpty();
        remote.Git("for-each-ref").Should().Be(remoteBefore);
        File.Exists(EngineEnvironment.JournalPath(work)).Should().BeFalse();
    }

    [Fact]
    public void Killed_before_the_push_abort_restores_the_tag_locally()
    {
        using var kill = new KillHooks().GitHook("pre-push", exitAfterKill: 1);
        var before = work.Snapshot();
        var tagBefore = work.Git("rev-parse", "refs/tags/v1.2.0");
        var remoteBefore = remote.Git("for-each-ref");

        var killed = ProcessRunner.RunWith(work.Root, kill.Environment, null, "rollback", "--apply", "--retract-tag", "--push", "--yes");

        killed.ExitCode.Should().NotBe(0);
        kill.Killed.Should().BeTrue();
        work.Git("tag", "--list", "v1.2.0").Should().BeEmpty("the kill came after the local deletion");
        File.Exists(EngineEnvironment.JournalPath(work)).Should().BeTrue();

        var abort = ProcessRunner.RunWith(work.Root, kill.Environment, null, "rollback", "--abort");

        abort.ExitCode.Should().Be(0, abort.Error);
        work.Git("rev-parse", "refs/tags/v1.2.0").Should().Be(tagBefore);
        work.Snapshot().Should().Be(before);
        remote.Git("for-each-ref").Should().Be(remoteBefore);
        File.Exists(EngineEnvironment.JournalPath(work)).Should().BeFalse();
    }

    [Fact]
    public void Killed_before_the_push_continue_deletes_the_tag_on_both_sides()
    {
        using var kill = new KillHooks().GitHook("pre-push", exitAfterKill: 1);
        ProcessRunner.RunWith(work.Root, kill.Environment, null, "rollback", "--apply", "--retract-tag", "--push", "--yes").ExitCode.Should().NotBe(0);

        var resumed = ProcessRunner.RunWith(work.Root, kill.Environment, null, "rollback", "--continue");

        resumed.ExitCode.Should().Be(0, resumed.Error);
        work.Git("tag", "--list", "v1.2.0").Should().BeEmpty();
        remote.Git("tag", "--list", "v1.2.0").Should().BeEmpty();
        remote.Git("rev-parse", "main").Should().Be(work.Git("rev-parse", "main"));
        remote.Git("show", "refs/heads/hotfix/v1.1.1:VERSION").Should().Be("1.1.1\n");
        File.Exists(EngineEnvironment.JournalPath(work)).Should().BeFalse();
    }

    [Fact]
    public void Killed_after_the_push_arrived_abort_undoes_nothing()
    {
        // The pre-push hook kills Steward and lets the push go on without it.
        using var kill = new KillHooks().GitHook("pre-push", exitAfterKill: 0);

        var killed = ProcessRunner.RunWith(work.Root, kill.Environment, null, "rollback", "--apply", "--retract-tag", "--push", "--yes");
        killed.ExitCode.Should().NotBe(0);

        var abort = ProcessRunner.RunWith(work.Root, kill.Environment, null, "rollback", "--abort");

        abort.ExitCode.Should().Be(0, abort.Error);
        work.Git("tag", "--list", "v1.2.0").Should().BeEmpty("the remote has the deletion: the point of no return is passed");
        work.Git("branch", "--list", "hotfix/v1.1.1").Should().Contain("hotfix/v1.1.1");
        remote.Git("tag", "--list", "v1.2.0").Should().BeEmpty("the push went on without Steward");
        File.Exists(EngineEnvironment.JournalPath(work)).Should().BeFalse();
    }
}

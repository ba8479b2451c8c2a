using Steward.Tests.Release;
using Steward.Tests.Support;

namespace Steward.Tests.Engine;

/// <summary>
/// The built tool killed for real (SIGKILL from a git hook or a Steward hook) before, during and after the push, each
/// followed by --abort or by --continue: the end is exactly the state before, or the release complete, never a stray tag.
/// </summary>
public sealed class ReleaseRecoveryTests : IDisposable
{
    private readonly ReleaseRepository project = new();
    private readonly KillHooks hooks = new();

    public void Dispose()
    {
        hooks.Dispose();
        project.Dispose();
    }

    private TempGitRepository Work => project.Work;

    private TempGitRepository Remote => project.Remote;

    [Fact]
    public void Killed_before_the_push_then_abort_is_exactly_as_before_here_and_on_the_remote()
    {
        hooks.GitHook("pre-push", exitAfterKill: 1);
        var before = Work.Snapshot();
        var remoteBefore = Remote.Snapshot();

        Run("release", "--push").ExitCode.Should().Be(137);
        Work.Git("tag", "-l", "v1.1.0").Should().Be("v1.1.0\n", "killed after the tag, before the push");

        var rerun = Run("release", "--push");
        rerun.ExitCode.Should().Be(1);
        rerun.Error.Should().Be("steward: error: a release of v1.1.0 was interrupted (journal.json in the git directory); run 'steward release --continue' to finish it, or 'steward release --abort' to put the repository back as it was before it\n");

        var abort = Run("release", "--abort");

        abort.ExitCode.Should().Be(0, abort.Error);
        abort.Out.Should().Be("aborted the release of v1.1.0: files, index, HEAD and tags are as they were before it\n");
        Work.Snapshot().Should().Be(before);
        Remote.Snapshot().Should().Be(remoteBefore);
        File.Exists(EngineEnvironment.JournalPath(Work)).Should().BeFalse();
    }

    [Fact]
    public void Killed_before_the_push_then_continue_is_released_once()
    {
        hooks.GitHook("pre-push", exitAfterKill: 1);
        Run("release", "--push").ExitCode.Should().Be(137);

        var resume = Run("release", "--continue");

        resume.ExitCode.Should().Be(0, resume.Error);
        resume.Out.Should().Contain("continuing the release of v1.1.0 from step").And.Contain("released v1.1.0: commit ").And.Contain("pushed to 'origin'");
        AssertReleasedOnce();
    }

    [Fact]
    public void Killed_while_the_push_reaches_the_remote_then_abort_keeps_the_release_and_says_so()
    {
        hooks.GitHook("pre-push", exitAfterKill: 0);
        Run("release", "--push").ExitCode.Should().Be(137);
        EngineEnvironment.WaitForTag(Remote, "v1.1.0");

        var abort = Run("release", "--abort");

        abort.ExitCode.Should().Be(0, abort.Error);
        abort.Out.Should().StartWith("v1.1.0 is already on 'origin', so it is released: nothing was undone");
        AssertReleasedOnce();
        File.Exists(EngineEnvironment.JournalPath(Work)).Should().BeFalse();
    }

    [Fact]
    public void Killed_while_the_push_reaches_the_remote_then_continue_finishes_without_pushing_again()
    {
        hooks.GitHook("pre-push", exitAfterKill: 0);
        Run("release", "--push").ExitCode.Should().Be(137);
        EngineEnvironment.WaitForTag(Remote, "v1.1.0");

        var resume = Run("release", "--continue", "--json");

        resume.ExitCode.Should().Be(0, resume.Error);
        resume.Out.Should().Contain("\"released\": true").And.Contain("\"pushed\": true");
        AssertReleasedOnce();
    }

    [Theory]
    [InlineData("--abort")]
    [InlineData("--continue")]
    public void Killed_after_the_push_by_an_after_release_hook_is_released_whichever_way_it_is_recovered(string recovery)
    {
        Work.WriteFile("steward.yml", $"release:\n  push: true\n  hooks:\n    afterRelease:\n      - name: announce\n        command: {hooks.StewardHookCommand}\n");
        Work.Commit("ci: announce the release");
        Work.Git("push", "-q", "origin", "main");
        Run("release").ExitCode.Should().Be(137);
        Remote.Git("tag", "-l", "v1.1.0").Should().Be("v1.1.0\n");

        var recovered = Run("release", recovery);

        recovered.ExitCode.Should().Be(0, recovered.Error);
        recovered.Out.Should().Contain(recovery == "--abort" ? "so it is released: nothing was undone" : "released v1.1.0");
        AssertReleasedOnce();
    }

    [Fact]
    public void Killed_in_a_before_commit_hook_then_continue_is_released_once()
    {
        Work.WriteFile("steward.yml", $"release:\n  hooks:\n    beforeCommit:\n      - name: kill\n        command: {hooks.StewardHookCommand}\n");
        Work.Commit("ci: a hook that kills the release once");
        Work.Git("push", "-q", "origin", "main");
        Run("release", "--push").ExitCode.Should().Be(137);

        var resume = Run("release", "--continue");

        resume.ExitCode.Should().Be(0, resume.Error);
        AssertReleasedOnce();
        Work.Git("show", "--name-only", "--format=", "HEAD").Should().Contain("VERSION").And.Contain("pyproject.toml");
    }

    [Fact]
    public void A_push_the_remote_rejects_puts_everything_back_without_a_journal()
    {
        KillHooks.RejectPushesTo(Remote);
        var before = Work.Snapshot();
        var remoteBefore = Remote.Snapshot();

        var result = Run("release", "--push");

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("steward: error: the push to 'origin' was rejected (")
            .And.EndWith("; the release commit and tag v1.1.0 were removed locally and nothing reached the remote; pull, then run steward release again\n");
        Work.Snapshot().Should().Be(before);
        Remote.Snapshot().Should().Be(remoteBefore);
        File.Exists(EngineEnvironment.JournalPath(Work)).Should().BeFalse();
    }

    [Fact]
    public void Temp_files_of_a_write_killed_half_way_are_removed_by_abort_and_the_next_release_runs()
    {
        hooks.GitHook("pre-push", exitAfterKill: 1);
        var before = Work.Snapshot();
        Run("release", "--push").ExitCode.Should().Be(137);
        Work.WriteFile(".VERSION.steward-0123456789abcdef.tmp", "1.1.0\n"); // what a kill inside the atomic write leaves

        Run("release", "--abort").ExitCode.Should().Be(0);

        Work.Snapshot().Should().Be(before);
        var again = Run("release", "--push");
        again.ExitCode.Should().Be(0, again.Error);
        AssertReleasedOnce();
    }

    private StewardResult Run(params string[] args) => ProcessRunner.RunWith(Work.Root, hooks.Environment, null, args);

    /// <summary>The release is complete: one release commit, the tag on it, here and on the remote alike.</summary>
    private void AssertReleasedOnce()
    {
        var head = Work.Git("rev-parse", "HEAD");
        Work.Git("rev-parse", "v1.1.0^{commit}").Should().Be(head);
        Remote.Git("rev-parse", "refs/heads/main").Should().Be(head);
        Remote.Git("rev-parse", "v1.1.0^{commit}").Should().Be(head);
        Remote.Git("tag", "-l").Should().Be("v1.0.0\nv1.1.0\n");
        Work.Git("log", "--format=%s", "v1.0.0..HEAD").Split('\n').Count(l => l.StartsWith("chore(release)", StringComparison.Ordinal)).Should().Be(1);
        Work.Git("status", "--porcelain").Should().BeEmpty();
        Work.ReadFile("VERSION").Should().Be("1.1.0\n");
    }
}

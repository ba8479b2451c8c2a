using Steward.Tests.Propagate;
using Steward.Tests.Support;

namespace Steward.Tests.Engine;

/// <summary>
/// `steward propagate --tag --push` through the one engine: a rejected push puts everything back, and a kill before or
/// during the push is recovered with --abort or --continue, like a release.
/// </summary>
public sealed class PropagateRecoveryTests : IDisposable
{
    private readonly TempGitRepository remote = TempGitRepository.Create(bare: true);
    private readonly TempGitRepository repo = SampleProject.Create();
    private readonly KillHooks hooks = new();

    public PropagateRecoveryTests() => repo.Git("remote", "add", "origin", remote.Root);

    public void Dispose()
    {
        hooks.Dispose();
        repo.Dispose();
        remote.Dispose();
    }

    [Fact]
    public void A_push_the_remote_rejects_puts_the_commit_tag_and_files_back()
    {
        KillHooks.RejectPushesTo(remote);
        var before = repo.Snapshot();

        var result = Run("propagate", "--tag", "--push");

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("steward: error: the push to 'origin' was rejected (")
            .And.EndWith("; the release commit and tag v1.2.0 were removed locally and nothing reached the remote; pull, then run steward propagate again\n");
        repo.Snapshot().Should().Be(before);
        remote.Git("tag", "-l").Should().BeEmpty();
        File.Exists(EngineEnvironment.JournalPath(repo)).Should().BeFalse();

        File.Delete(Path.Combine(remote.Root, "hooks", "pre-receive")); // the remote accepts pushes again
        var rerun = StewardRunner.Run(repo.Root, "propagate", "--tag", "--push");
        rerun.ExitCode.Should().Be(0, "the rerun does not ask to raise the version: " + rerun.Error);
    }

    [Fact]
    public void Killed_before_the_push_then_abort_is_exactly_as_before()
    {
        hooks.GitHook("pre-push", exitAfterKill: 1);
        var before = repo.Snapshot();

        Run("propagate", "--tag", "--push").ExitCode.Should().Be(137);
        repo.Git("tag", "-l").Should().Be("v1.2.0\n");
        var rerun = Run("propagate", "--tag", "--push");
        rerun.ExitCode.Should().Be(1);
        rerun.Error.Should().Contain("a propagate of v1.2.0 was interrupted").And.Contain("'steward propagate --abort'");

        var abort = Run("propagate", "--abort");

        abort.ExitCode.Should().Be(0, abort.Error);
        repo.Snapshot().Should().Be(before);
        remote.Git("tag", "-l").Should().BeEmpty();
        remote.Git("for-each-ref").Should().BeEmpty();
    }

    [Fact]
    public void Killed_before_the_push_then_continue_pushes_the_release()
    {
        hooks.GitHook("pre-push", exitAfterKill: 1);
        Run("propagate", "--tag", "--push").ExitCode.Should().Be(137);

        var resume = Run("propagate", "--continue");

        resume.ExitCode.Should().Be(0, resume.Error);
        resume.Out.Should().EndWith("pushed: main and v1.2.0 to origin\n");
        AssertPropagatedOnce();
    }

    [Theory]
    [InlineData("--abort")]
    [InlineData("--continue")]
    public void Killed_while_the_push_reaches_the_remote_is_released_whichever_way_it_is_recovered(string recovery)
    {
        hooks.GitHook("pre-push", exitAfterKill: 0);
        Run("propagate", "--tag", "--push").ExitCode.Should().Be(137);
        EngineEnvironment.WaitForTag(remote, "v1.2.0");

        var recovered = Run("propagate", recovery);

        recovered.ExitCode.Should().Be(0, recovered.Error);
        if (recovery == "--abort")
        {
            recovered.Out.Should().StartWith("v1.2.0 is already on 'origin', so it is released: nothing was undone");
        }

        AssertPropagatedOnce();
    }

    [Fact]
    public void Killed_in_the_commit_then_continue_commits_once()
    {
        hooks.GitHook("pre-commit", exitAfterKill: 1);
        Run("propagate", "--tag", "--push").ExitCode.Should().Be(137);
        repo.Git("log", "-1", "--format=%s").Should().Be("feat: demo\n", "the kill came before git commit made its commit");

        var resume = Run("propagate", "--continue");

        resume.ExitCode.Should().Be(0, resume.Error);
        AssertPropagatedOnce();
    }

    private StewardResult Run(params string[] args) => ProcessRunner.RunWith(repo.Root, hooks.Environment, null, args);

    private void AssertPropagatedOnce()
    {
        var head = repo.Git("rev-parse", "HEAD");
        repo.Git("log", "--format=%s").Should().Be("chore(release): 1.2.0\nfeat: demo\n");
        repo.Git("rev-parse", "v1.2.0^{commit}").Should().Be(head);
        remote.Git("rev-parse", "refs/heads/main").Should().Be(head);
        remote.Git("rev-parse", "v1.2.0^{commit}").Should().Be(head);
        repo.Git("status", "--porcelain").Should().BeEmpty();
        File.Exists(EngineEnvironment.JournalPath(repo)).Should().BeFalse();
    }
}

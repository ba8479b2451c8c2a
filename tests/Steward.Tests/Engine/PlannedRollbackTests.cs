using Steward.Tests.Flow;
using Steward.Tests.Support;

namespace Steward.Tests.Engine;

/// <summary>
/// rollback --apply on the engine: --dry-run lists the steps and changes nothing; a rejected push puts the branch,
/// HEAD and files back; the hotfix branch it makes carries the raised VERSION, so hotfix finish tags it as is. (With
/// --retract-tag: PlannedRetractionTests.)
/// </summary>
public sealed class PlannedRollbackTests : IDisposable
{
    private readonly TempGitRepository remote;
    private readonly TempGitRepository work;

    public PlannedRollbackTests()
    {
        (remote, work) = FlowFixture.WithBadRelease();
    }

    public void Dispose()
    {
        work.Dispose();
        remote.Dispose();
    }

    [Fact]
    public void Dry_run_prints_the_steps_apply_would_run_and_changes_nothing()
    {
        var before = work.Snapshot();
        var remoteBefore = remote.Git("for-each-ref");

        var result = StewardRunner.Run(work.Root, "rollback", "--apply", "--push", "--dry-run");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().StartWith("Rollback from v1.2.0 to v1.1.0: hotfix/v1.1.1 for 1.1.1\nsteps:\n"
            + "  git switch --quiet --no-track -c hotfix/v1.1.1 -- v1.1.0\n  write VERSION\n  git add -- VERSION\n"
            + "  git commit --quiet --cleanup=whitespace -m 'chore(release): prepare 1.1.1' -- VERSION\n"
            + "  git push --atomic --porcelain -- origin HEAD:refs/heads/hotfix/v1.1.1\n");
        result.Out.Should().Contain("-1.0.0\n+1.1.1\n").And.EndWith("dry run: nothing was changed\n");
        work.Snapshot().Should().Be(before);
        remote.Git("for-each-ref").Should().Be(remoteBefore);
        File.Exists(EngineEnvironment.JournalPath(work)).Should().BeFalse();
    }

    [Fact]
    public void A_rejected_push_puts_the_branch_head_and_files_back()
    {
        using var other = TempGitRepository.Clone(remote.Root);
        other.Git("push", "-q", "origin", "main:refs/heads/hotfix/v1.1.1");
        var before = work.Snapshot();
        var remoteBefore = remote.Git("for-each-ref");

        var result = StewardRunner.Run(work.Root, "rollback", "--apply", "--push");

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("steward: error: the push to 'origin' was rejected");
        work.Snapshot().Should().Be(before);
        work.Git("branch", "--list", "hotfix/*").Should().BeEmpty();
        remote.Git("for-each-ref").Should().Be(remoteBefore);
        File.Exists(EngineEnvironment.JournalPath(work)).Should().BeFalse();
    }

    [Fact]
    public void The_hotfix_branch_it_makes_finishes_as_the_raised_version()
    {
        StewardRunner.Run(work.Root, "rollback", "--apply").ExitCode.Should().Be(0);
        work.Git("show", "hotfix/v1.1.1:VERSION").Should().Be("1.1.1\n", "rollback raised VERSION on the hotfix branch");
        work.WriteFile("fix.txt", "fixed\n");
        work.Commit("fix: the bad release's bug");

        var finish = StewardRunner.Run(work.Root, "flow", "hotfix", "finish");

        finish.ExitCode.Should().Be(0, finish.Error);
        work.Git("tag", "--list", "v1.1.*").Should().Be("v1.1.0\nv1.1.1\n");
        work.Git("show", "v1.1.1:VERSION").Should().Be("1.1.1\n");
        work.Git("show", "v1.1.1:fix.txt").Should().Be("fixed\n");
    }
}

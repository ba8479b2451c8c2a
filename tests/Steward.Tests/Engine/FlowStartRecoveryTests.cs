using Steward.Tests.Flow;
using Steward.Tests.Support;

namespace Steward.Tests.Engine;

/// <summary>
/// A flow release start killed for real (kill -9 from the pre-commit hook, after the branch was made and VERSION
/// written): every verb on the engine refuses to start, --abort puts everything back, --continue finishes it.
/// </summary>
public sealed class FlowStartRecoveryTests : IDisposable
{
    private readonly TempGitRepository remote;
    private readonly TempGitRepository work;
    private readonly KillHooks kill = new();

    public FlowStartRecoveryTests()
    {
        (remote, work) = FlowFixture.WithFeatureOnDevelop();
        kill.GitHook("pre-commit", exitAfterKill: 1);
    }

    public void Dispose()
    {
        kill.Dispose();
        work.Dispose();
        remote.Dispose();
    }

    [Fact]
    public void Abort_after_a_kill_puts_branch_head_files_and_index_back()
    {
        var before = work.Snapshot();

        var killed = ProcessRunner.RunWith(work.Root, kill.Environment, null, "flow", "release", "start");

        killed.ExitCode.Should().NotBe(0);
        kill.Killed.Should().BeTrue();
        File.Exists(EngineEnvironment.JournalPath(work)).Should().BeTrue();
        work.Git("symbolic-ref", "--short", "HEAD").Trim().Should().Be("release/v1.1.0", "the kill came after the switch");
        using (var journal = System.Text.Json.JsonDocument.Parse(File.ReadAllText(EngineEnvironment.JournalPath(work))))
        {
            // The created branch is one of the plan's refs, recorded as absent before the run: undo deletes it as a ref.
            journal.RootElement.GetProperty("OriginalRefs").GetProperty("refs/heads/release/v1.1.0").ValueKind
                .Should().Be(System.Text.Json.JsonValueKind.Null);
        }

        var refused = ProcessRunner.RunWith(work.Root, kill.Environment, null, "flow", "feature", "start", "other");
        refused.ExitCode.Should().Be(1);
        refused.Error.Should().Contain("a flow release start of release/v1.1.0 was interrupted").And.Contain("'steward flow release start --abort'");

        var abort = ProcessRunner.RunWith(work.Root, kill.Environment, null, "flow", "release", "start", "--abort");

        abort.ExitCode.Should().Be(0, abort.Error);
        work.Snapshot().Should().Be(before);
        work.Git("branch", "--list", "release/*").Should().BeEmpty();
        File.Exists(EngineEnvironment.JournalPath(work)).Should().BeFalse();
    }

    [Fact]
    public void Continue_after_a_kill_finishes_the_start()
    {
        ProcessRunner.RunWith(work.Root, kill.Environment, null, "flow", "release", "start").ExitCode.Should().NotBe(0);

        var resumed = ProcessRunner.RunWith(work.Root, kill.Environment, null, "flow", "release", "start", "--continue");

        resumed.ExitCode.Should().Be(0, resumed.Error);
        work.Git("show", "release/v1.1.0:VERSION").Should().Be("1.1.0\n");
        work.Git("log", "-1", "--format=%s", "release/v1.1.0").Trim().Should().Be("chore(release): prepare 1.1.0");
        work.Git("rev-parse", "release/v1.1.0^").Should().Be(work.Git("rev-parse", "develop"));
        work.Git("status", "--porcelain").Should().BeEmpty();
        File.Exists(EngineEnvironment.JournalPath(work)).Should().BeFalse();
    }
}

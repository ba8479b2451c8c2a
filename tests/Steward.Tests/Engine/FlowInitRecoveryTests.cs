using Steward.Tests.Support;

namespace Steward.Tests.Engine;

/// <summary>
/// A flow init killed for real just as git creates develop (kill -9 from the reference-transaction hook, which then
/// lets git finish): the journal lists develop among the plan's refs as absent before, so --abort deletes it, on the
/// branch the run never left, and puts steward.yml back.
/// </summary>
public sealed class FlowInitRecoveryTests : IDisposable
{
    private readonly TempGitRepository repo = TempGitRepository.Create();
    private readonly KillHooks kill = new();

    public FlowInitRecoveryTests()
    {
        repo.Git("checkout", "-q", "-b", "main");
        repo.Commit("feat: start");
        kill.GitHook("reference-transaction", exitAfterKill: 0);
    }

    public void Dispose()
    {
        kill.Dispose();
        repo.Dispose();
    }

    [Fact]
    public void Abort_after_a_kill_deletes_the_develop_it_created_and_puts_steward_yml_back()
    {
        var before = repo.Snapshot();

        var killed = ProcessRunner.RunWith(repo.Root, kill.Environment, null, "flow", "init", "--no-commit");

        killed.ExitCode.Should().NotBe(0);
        kill.Killed.Should().BeTrue();
        repo.Git("branch", "--list", "develop").Should().Contain("develop", "git finished creating it after the kill");
        using (var journal = System.Text.Json.JsonDocument.Parse(File.ReadAllText(EngineEnvironment.JournalPath(repo))))
        {
            journal.RootElement.GetProperty("OriginalRefs").GetProperty("refs/heads/develop").ValueKind
                .Should().Be(System.Text.Json.JsonValueKind.Null);
        }

        var abort = ProcessRunner.RunWith(repo.Root, kill.Environment, null, "flow", "init", "--abort");

        abort.ExitCode.Should().Be(0, abort.Error);
        repo.Snapshot().Should().Be(before);
        repo.Git("branch", "--list", "develop").Should().BeEmpty();
        File.Exists(EngineEnvironment.JournalPath(repo)).Should().BeFalse();
    }
}

using Steward.Tests.Flow;
using Steward.Tests.Support;

namespace Steward.Tests.Freeze;

/// <summary>
/// flow release and hotfix finishes during a freeze: refused with exit 4 before anything moves; overridden with the
/// committer and the reason in the tag. A feature finish releases nothing and is not frozen.
/// </summary>
public sealed class FreezeFinishTests : IDisposable
{
    private readonly TempGitRepository remote;
    private readonly TempGitRepository work;

    public FreezeFinishTests()
    {
        (remote, work) = FlowFixture.WithFeatureOnDevelop();
    }

    public void Dispose()
    {
        work.Dispose();
        remote.Dispose();
    }

    private static Dictionary<string, string?> Frozen => new() { ["STEWARD_FREEZE"] = "code freeze" };

    private StewardResult Run(IReadOnlyDictionary<string, string?>? environment, params string[] args) =>
        StewardRunner.Run(work.Root, null, TestEnvironment.Create(environment), args);

    [Fact]
    public void A_release_finish_during_a_freeze_is_refused_with_exit_4_and_nothing_moves()
    {
        Run(null, "flow", "release", "start").ExitCode.Should().Be(0);
        var before = work.Snapshot();

        var result = Run(Frozen, "flow", "release", "finish", "--push");

        result.ExitCode.Should().Be(4);
        result.Error.Should().StartWith("steward: frozen: release finish of v1.1.0 ('release/v1.1.0' into 'main') refused until the window is removed by STEWARD_FREEZE: code freeze;");
        work.Snapshot().Should().Be(before);
    }

    [Fact]
    public void A_window_on_main_in_the_freeze_file_covers_the_finish_that_lands_there()
    {
        Run(null, "flow", "release", "start").ExitCode.Should().Be(0);
        work.WriteFile(".steward/freeze.yml", "windows:\n  - reason: main is frozen\n    branches: [main]\n").Commit("chore: freeze main");

        Run(null, "flow", "release", "finish").ExitCode.Should().Be(4);
    }

    [Fact]
    public void An_overridden_hotfix_finish_records_who_and_why_in_its_tag()
    {
        Run(null, "flow", "release", "start").ExitCode.Should().Be(0);
        Run(null, "flow", "release", "finish").ExitCode.Should().Be(0);
        work.Git("switch", "-q", "main");
        Run(null, "flow", "hotfix", "start").ExitCode.Should().Be(0);
        work.WriteFile("app.txt", "fixed\n").Commit("fix: urgent");

        var result = Run(Frozen, "flow", "hotfix", "finish", "--override-freeze", "--reason", "outage");

        result.ExitCode.Should().Be(0, result.Error);
        work.Git("tag", "--list", "--format=%(contents)", "v1.1.1").TrimEnd('\n')
            .Should().EndWith("\n\nFreeze-Override: outage\nFreeze-Override-By: Test Committer <committer@example.com>");
    }

    [Fact]
    public void A_feature_finish_releases_nothing_and_is_not_frozen()
    {
        Run(null, "flow", "feature", "start", "x").ExitCode.Should().Be(0);
        work.WriteFile("x.txt", "x\n").Commit("feat: x");

        Run(Frozen, "flow", "feature", "finish", "x").ExitCode.Should().Be(0);
    }
}

using Steward.Tests.Support;

namespace Steward.Tests.Monorepo;

/// <summary>A freeze in a monorepo: a window naming a component stops that component's release, and only its.</summary>
public sealed class MonorepoFreezeTests
{
    private const string ChartFrozen = "windows:\n  - start: 2000-01-01\n    end: 2999-12-31\n    reason: chart audit\n    components: [chart]\n";

    [Fact]
    public void A_window_naming_a_component_refuses_a_release_that_includes_it_with_exit_4_and_changes_nothing()
    {
        using var repos = new MonorepoReleaseRepository();
        repos.Work.WriteFile(".steward/freeze.yml", ChartFrozen).Commit("chore: freeze the chart");
        var before = repos.Work.Snapshot();

        var result = repos.Release("--push");

        result.ExitCode.Should().Be(4, result.Error);
        result.Error.Should().Contain("steward: frozen: release of chart on 'main' refused").And.Contain("chart audit");
        repos.Work.Snapshot().Should().Be(before);
        repos.Work.Git("tag", "--list", "*-v*", "--points-at", "HEAD").Should().BeEmpty();
    }

    [Fact]
    public void The_components_the_window_does_not_name_still_release()
    {
        using var repos = new MonorepoReleaseRepository();
        repos.Work.WriteFile(".steward/freeze.yml", ChartFrozen).Commit("chore: freeze the chart");

        var result = repos.Release("--component", "api");

        result.ExitCode.Should().Be(0, result.Error);
        repos.Work.Git("tag", "--points-at", "HEAD").Should().Be("api-v1.3.0\n");
    }

    [Fact]
    public void An_override_is_recorded_in_the_commit_and_in_every_tag()
    {
        using var repos = new MonorepoReleaseRepository();
        repos.Work.WriteFile(".steward/freeze.yml", ChartFrozen).Commit("chore: freeze the chart");

        var result = repos.Release("--override-freeze", "--reason", "security fix");

        result.ExitCode.Should().Be(0, result.Error);
        repos.Work.Git("log", "-1", "--format=%B").Should().Contain("Freeze-Override: security fix");
        foreach (var tag in new[] { "api-v1.3.0", "chart-v3.0.1" })
        {
            repos.Work.Git("cat-file", "-p", tag).Should().Contain("Freeze-Override: security fix");
        }
    }
}

using Steward.Tests.Support;

namespace Steward.Tests.Monorepo;

/// <summary>`check` in a monorepo: each component's changelog against its own release tags (its prefix), besides its targets.</summary>
public sealed class MonorepoChangelogCheckTests
{
    [Fact]
    public void Check_compares_each_component_s_changelog_with_its_own_tags()
    {
        using var repos = new MonorepoReleaseRepository();
        var work = repos.Work;
        repos.Release().ExitCode.Should().Be(0);

        var agreeing = StewardRunner.Run(work.Root, "check");

        agreeing.ExitCode.Should().Be(0, agreeing.Out + agreeing.Error);
        agreeing.Out.Should().Contain("api: services/api/CHANGELOG.md agrees with its release tags\n")
            .And.Contain("chart: deploy/chart/CHANGELOG.md agrees with its release tags\n")
            .And.NotContain("web: apps/web/CHANGELOG.md");

        // api's changelog names a version api never tagged; the chart's names api's version and lost its own latest entry.
        var api = work.ReadFile("services/api/CHANGELOG.md");
        work.WriteFile("services/api/CHANGELOG.md", api.Replace("## 1.3.0", "## 1.9.0 - 2026-11-22\n\n- a release never tagged\n\n## 1.3.0", StringComparison.Ordinal));
        var chart = work.ReadFile("deploy/chart/CHANGELOG.md");
        work.WriteFile("deploy/chart/CHANGELOG.md", chart.Replace("## 3.0.1", "## 1.3.0", StringComparison.Ordinal));
        var apiLine = LineOf(work.ReadFile("services/api/CHANGELOG.md"), "## 1.9.0");
        var chartLine = LineOf(work.ReadFile("deploy/chart/CHANGELOG.md"), "## 1.3.0");

        var drifting = StewardRunner.Run(work.Root, "check");

        drifting.ExitCode.Should().Be(1);
        drifting.Out.Should().Contain($"services/api/CHANGELOG.md:{apiLine}: 1.9.0 has no release tag api-v1.9.0\napi: 1 problem in services/api/CHANGELOG.md against its release tags\n")
            .And.Contain($"deploy/chart/CHANGELOG.md:{chartLine}: 1.3.0 has no release tag chart-v1.3.0\n" +
                "deploy/chart/CHANGELOG.md: no entry for the latest release chart-v3.0.1\n" +
                "chart: 2 problems in deploy/chart/CHANGELOG.md against its release tags\n");
        drifting.Error.Should().Be("steward: error: 3 changelog entries disagree with their component's release tags (api, chart); fix the headings, or rebuild the file with 'steward changelog --regenerate --component NAME'\n");

        StewardRunner.Run(work.Root, "check", "--component", "web", "--component", "core").ExitCode.Should().Be(0);
        var json = StewardRunner.Run(work.Root, "check", "--json", "--component", "chart");
        json.ExitCode.Should().Be(1);
        json.Out.Should().Contain("\"ok\": false").And.Contain("\"problem\": \"no entry for the latest release chart-v3.0.1\"");
    }

    private static int LineOf(string text, string start) =>
        text.Split('\n').Select((line, i) => (line, i)).First(l => l.line.StartsWith(start, StringComparison.Ordinal)).i + 1;
}

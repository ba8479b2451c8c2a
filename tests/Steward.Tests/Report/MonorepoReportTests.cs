using Steward.Tests.Support;

namespace Steward.Tests.Report;

/// <summary>In a monorepo the report has one section per component, each from its own tags; --component limits it.</summary>
public sealed class MonorepoReportTests : IDisposable
{
    private readonly TempGitRepository repo = TempGitRepository.Create();

    public MonorepoReportTests()
    {
        repo.WriteFile("steward.yml", "components:\n  - name: api\n    path: services/api\n  - name: web\n    path: apps/web\n    tagPrefix: web@\n");
        repo.WriteFile("services/api/VERSION", "1.0.0\n").WriteFile("apps/web/VERSION", "0.1.0\n");
        repo.Commit("feat: start");
        repo.Tag("api-v1.0.0").Tag("web@0.1.0");
        repo.WriteFile("services/api/main.txt", "x\n");
        repo.Commit("feat(api): a route");
        repo.Tag("api-v1.1.0");
    }

    public void Dispose() => repo.Dispose();

    [Fact]
    public void Each_component_gets_its_section_with_its_own_releases()
    {
        var result = StewardRunner.Run(repo.Root, null, repo.Environment, "report");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Be("release-report/index.html: release report of 3 releases in 2 components\n");
        var page = repo.ReadFile("release-report/index.html");
        page.Should().Contain("<section class=\"component\" id=\"component-0\" data-component=\"api\">");
        page.Should().Contain("<section class=\"component\" id=\"component-1\" data-component=\"web\">");
        var web = page[page.IndexOf("data-component=\"web\"", StringComparison.Ordinal)..];
        web.Should().Contain("data-version=\"0.1.0\"").And.NotContain("data-version=\"1.1.0\"");
        page.Should().Contain("a route", "api 1.1.0's notes are its commits");
    }

    [Fact]
    public void Component_limits_the_report_to_the_named_one()
    {
        var result = StewardRunner.Run(repo.Root, null, repo.Environment, "report", "--component", "web");

        result.ExitCode.Should().Be(0, result.Error);
        var page = repo.ReadFile("release-report/index.html");
        page.Should().Contain("data-component=\"web\"").And.NotContain("data-component=\"api\"");
    }

    [Fact]
    public void An_unknown_component_is_refused()
    {
        var result = StewardRunner.Run(repo.Root, null, repo.Environment, "report", "--component", "nope");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("steward: error: ").And.Contain("nope");
        Directory.Exists(repo.FullPath("release-report")).Should().BeFalse();
    }
}

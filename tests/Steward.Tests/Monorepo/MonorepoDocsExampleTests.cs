using Steward.Tests.Support;

namespace Steward.Tests.Monorepo;

/// <summary>The complete example of docs/monorepo.md answers what the page says it answers.</summary>
public sealed class MonorepoDocsExampleTests
{
    private const string Config = """
        components:
          - name: api
            path: services/api
            dependsOn: [core]
          - name: web
            path: apps/web
            tagPrefix: web@
            dependsOn: [core]
            cascade: minor
          - name: chart
            path: deploy/chart
            exclude: ['**/*.md']
            changelog: deploy/CHANGELOG-chart.md
            propagate:
              targets:
                - path: values.yaml
                  key: image.tag
          - name: core
            paths: ['libs/core/**', 'build/core.props']
            path: libs/core
        groups:
          - name: platform
            mode: fixed
            components: [api, chart]

        """;

    [Fact]
    public void The_example_releases_what_the_page_says()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("steward.yml", Config)
            .WriteFile("services/api/VERSION", "1.2.0\n")
            .WriteFile("apps/web/VERSION", "0.4.0\n")
            .WriteFile("deploy/chart/VERSION", "3.0.0\n")
            .WriteFile("deploy/chart/values.yaml", "image:\n  tag: 3.0.0\n")
            .WriteFile("libs/core/VERSION", "2.1.0\n")
            .WriteFile("build/core.props", "<Project />\n");
        repo.Commit("chore: start");
        repo.Tag("api-v1.2.0").Tag("web@0.4.0").Tag("chart-v3.0.0").Tag("core-v2.1.0");
        repo.WriteFile("build/core.props", "<Project><!-- x --></Project>\n").Commit("fix(core): mend the parser");
        repo.WriteFile("docs/guide.md", "x\n").Commit("docs: the guide");
        repo.WriteFile("deploy/chart/README.md", "x\n").Commit("feat(chart): only the chart's readme");

        StewardRunner.Run(repo.Root, "next").Should().Be(new StewardResult(0, "api 3.0.1\nweb 0.5.0\nchart 3.0.1\ncore 2.1.1\n", string.Empty));
        StewardRunner.Run(repo.Root, "next", "--explain", "--component", "web").Out.Should().Be(
            "web 0.5.0\n  its commits: no commits since web@0.4.0\n  cascade: it depends on core, which releases (cascade: minor)\n");

        var release = StewardRunner.Run(repo.Root, "release");

        release.ExitCode.Should().Be(0, release.Error);
        repo.Git("tag", "--points-at", "HEAD").Should().Be("api-v3.0.1\nchart-v3.0.1\ncore-v2.1.1\nweb@0.5.0\n");
        repo.ReadFile("deploy/chart/values.yaml").Should().Be("image:\n  tag: 3.0.1\n");
        repo.ReadFile("deploy/CHANGELOG-chart.md").Should().Contain("## 3.0.1");
        repo.ReadFile("services/api/VERSION").Should().Be("3.0.1\n");
    }
}

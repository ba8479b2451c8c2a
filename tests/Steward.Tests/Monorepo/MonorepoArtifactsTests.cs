using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json;
using Steward.Tests.Support;

namespace Steward.Tests.Monorepo;

/// <summary>
/// `artifacts`, `images` and `support` in a monorepo: each component's own release tag (its prefix), its own files and
/// its own artifacts settings; every component by default, or those --component names.
/// </summary>
public sealed class MonorepoArtifactsTests
{
    private const string Config = """
        components:
          - name: api
            path: services/api
            artifacts:
              images:
                - name: ghcr.io/acme/api
          - name: web
            path: apps/web
            tagPrefix: web@
          - name: chart
            path: deploy/chart
          - name: core
            path: libs/core
        artifacts:
          charts: [deploy/chart]
          images:
            - name: ghcr.io/acme/web
              context: apps/web

        """;

    [Fact]
    public void Artifacts_builds_each_component_released_at_head_into_its_own_folder_from_its_own_files()
    {
        using var repo = Released();

        var all = StewardRunner.Run(repo.Root, "artifacts");

        all.ExitCode.Should().Be(0, all.Error);
        all.Out.Should().Contain("dist/api/api-v1.2.0.tar.gz\n").And.Contain("dist/api/SHA256SUMS\n")
            .And.Contain("dist/web/web-v0.4.0.tar.gz\n").And.Contain("dist/web/SHA256SUMS\n").And.NotContain("chart").And.NotContain("core");
        var api = TarNames(repo.FullPath("dist/api/api-v1.2.0.tar.gz"));
        api.Should().Contain("api-v1.2.0/services/api/main.py").And.NotContain(n => n.Contains("apps/web", StringComparison.Ordinal) || n.EndsWith("README.md", StringComparison.Ordinal));
        TarNames(repo.FullPath("dist/web/web-v0.4.0.tar.gz")).Should().Contain("web-v0.4.0/apps/web/package.json").And.NotContain(n => n.Contains("services/api", StringComparison.Ordinal));
        repo.ReadFile("dist/api/api-v1.2.0.cdx.json").Should().Contain("pkg:pypi/requests@2.31.0");
        repo.ReadFile("dist/web/web-v0.4.0.cdx.json").Should().NotContain("requests");
        Directory.Exists(repo.FullPath("dist/chart")).Should().BeFalse();

        var chart = StewardRunner.Run(repo.Root, "artifacts", "--component", "chart", "--version", "3.0.0", "--json");

        chart.ExitCode.Should().Be(0, chart.Error);
        var release = JsonDocument.Parse(chart.Out).RootElement.EnumerateArray().Single();
        release.GetProperty("component").GetString().Should().Be("chart");
        release.GetProperty("tag").GetString().Should().Be("chart-v3.0.0");
        release.GetProperty("directory").GetString().Should().Be("dist/chart");
        release.GetProperty("artifacts").EnumerateArray().Select(a => a.GetProperty("name").GetString())
            .Should().Contain("chart-3.0.0.tgz", "the root's chart lies in the chart's folder").And.Contain("chart-v3.0.0.tar.gz");
    }

    [Fact]
    public void A_component_s_own_artifacts_section_overrides_the_root_s_with_paths_relative_to_its_folder()
    {
        using var repo = Released();
        repo.WriteFile("steward.yml", Config.Replace("  - name: chart\n    path: deploy/chart\n",
            "  - name: chart\n    path: deploy/chart\n    artifacts:\n      name: platform\n      charts: ['.']\n", StringComparison.Ordinal)
            .Replace("  charts: [deploy/chart]\n", string.Empty, StringComparison.Ordinal));

        var chart = StewardRunner.Run(repo.Root, "artifacts", "--component", "chart", "--version", "chart-v3.0.0");

        chart.ExitCode.Should().Be(0, chart.Error);
        chart.Out.Should().Contain("dist/chart/platform-v3.0.0.tar.gz\n").And.Contain("dist/chart/chart-3.0.0.tgz\n");
        TarNames(repo.FullPath("dist/chart/platform-v3.0.0.tar.gz")).Should().Contain("platform-v3.0.0/deploy/chart/Chart.yaml");
    }

    [Fact]
    public void Artifacts_refuses_a_named_component_without_a_release_at_head_and_version_without_one_component()
    {
        using var repo = Released();

        var chart = StewardRunner.Run(repo.Root, "artifacts", "--component", "chart");
        chart.ExitCode.Should().Be(2);
        chart.Error.Should().Be("steward: error: HEAD is not a release: no tag chart-vX.Y.Z points at it; check out a release tag or pass --version V\n");

        var version = StewardRunner.Run(repo.Root, "artifacts", "--version", "1.2.0");
        version.ExitCode.Should().Be(2);
        version.Error.Should().Be("steward: error: --version is about one component's release; name it with --component NAME (once)\n");

        repo.WriteFile("README.md", "# a monorepo\n\nmore\n").Commit("docs: more");
        var web = StewardRunner.Run(repo.Root, "artifacts", "--component", "web");
        web.ExitCode.Should().Be(2);
        web.Error.Should().StartWith("steward: error: HEAD is not a release: no tag web@X.Y.Z points at it;");
        var nothing = StewardRunner.Run(repo.Root, "artifacts");
        nothing.ExitCode.Should().Be(2);
        nothing.Error.Should().StartWith("steward: error: HEAD is no component's release: no tag api-vX.Y.Z, web@X.Y.Z, chart-vX.Y.Z, core-vX.Y.Z points at it;");
        Directory.Exists(repo.FullPath("dist")).Should().BeFalse();
    }

    [Fact]
    public void Images_plans_each_component_from_its_own_version_and_tags()
    {
        using var repo = Released();

        var all = StewardRunner.Run(repo.Root, "images");

        all.ExitCode.Should().Be(0, all.Error);
        var plans = JsonDocument.Parse(all.Out).RootElement.EnumerateArray().ToList();
        plans.Select(p => p.GetProperty("component").GetString()).Should().Equal("api", "web");
        var api = plans[0].GetProperty("images").EnumerateArray().Single();
        plans[0].GetProperty("version").GetString().Should().Be("1.2.0");
        api.GetProperty("context").GetString().Should().Be("services/api");
        api.GetProperty("references").EnumerateArray().Select(r => r.GetString()).Should()
            .Equal("ghcr.io/acme/api:1.2.0", "ghcr.io/acme/api:1.2", "ghcr.io/acme/api:1", "ghcr.io/acme/api:latest");
        var web = plans[1].GetProperty("images").EnumerateArray().Single();
        web.GetProperty("name").GetString().Should().Be("ghcr.io/acme/web", "the root's image whose context is in web's folder");
        web.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).Should().Equal("0.4.0", "0.4", "0", "latest");

        var old = StewardRunner.Run(repo.Root, "images", "--component", "api", "--version", "1.1.1", "--format", "shell");
        old.ExitCode.Should().Be(0, old.Error);
        old.Out.Should().Be("docker buildx build --file services/api/Dockerfile --tag ghcr.io/acme/api:1.1.1 --tag ghcr.io/acme/api:1.1 --push services/api\n");

        var core = StewardRunner.Run(repo.Root, "images", "--component", "core", "--version", "2.1.0");
        core.ExitCode.Should().Be(0, core.Error);
        var coreImage = JsonDocument.Parse(core.Out).RootElement;
        coreImage.GetProperty("version").GetString().Should().Be("2.1.0");
        coreImage.GetProperty("images")[0].GetProperty("dockerfile").GetString().Should().Be("libs/core/build/Dockerfile", "paths in a component's release-images.json are relative to its folder");

        var chart = StewardRunner.Run(repo.Root, "images", "--component", "chart");
        chart.ExitCode.Should().Be(2);
        chart.Error.Should().StartWith("steward: error: component 'chart' declares no images; add deploy/chart/release-images.json or ");

        repo.WriteFile("release-images.json", "{ \"images\": [ { \"name\": \"ghcr.io/acme/x\" } ] }\n");
        var root = StewardRunner.Run(repo.Root, "images");
        root.ExitCode.Should().Be(2);
        root.Error.Should().StartWith("steward: error: release-images.json at the repository root belongs to no component of steward.yml;");
    }

    [Fact]
    public void Support_lists_each_component_s_lines_from_its_own_tags()
    {
        using var repo = Released();

        var all = StewardRunner.Run(repo.Root, "support");

        all.ExitCode.Should().Be(0, all.Error);
        var sections = all.Out.Split("\n\n");
        sections.Should().HaveCount(4);
        sections[0].Should().StartWith("api:\nLINE").And.Contain("1.1.0").And.Contain("1.2.0").And.NotContain("0.4.0");
        sections[1].Should().StartWith("web:\nLINE").And.Contain("0.3.0").And.Contain("0.4.0").And.NotContain("1.2.0");
        sections[2].Should().StartWith("chart:\n").And.Contain("3.0.0");

        var json = StewardRunner.Run(repo.Root, "support", "--json", "--component", "api", "--component", "core");
        json.ExitCode.Should().Be(0, json.Error);
        var components = JsonDocument.Parse(json.Out).RootElement.GetProperty("components").EnumerateArray().ToList();
        components.Select(c => c.GetProperty("component").GetString()).Should().Equal("api", "core");
        components[0].GetProperty("lines")[0].GetProperty("latestRelease").GetProperty("tag").GetString().Should().Be("api-v1.2.0");

        StewardRunner.Run(repo.Root, "support", "--component", "web", "--check", "0.4.0").ExitCode.Should().Be(0);
        var unreleased = StewardRunner.Run(repo.Root, "support", "--component", "web", "--check", "1.0.0");
        unreleased.ExitCode.Should().NotBe(0);
        var check = StewardRunner.Run(repo.Root, "support", "--check", "1.2.0");
        check.ExitCode.Should().Be(2);
        check.Error.Should().Be("steward: error: --check is about one component's release; name it with --component NAME (once)\n");
        StewardRunner.Run(repo.Root, "support", "--component", "nope").Error
            .Should().Be("steward: error: --component 'nope' is no component of steward.yml; use one of api, web, chart, core\n");
    }

    /// <summary>
    /// api, web, chart and core released once (api-v1.1.0, web@0.3.0, chart-v3.0.0, core-v2.1.0), then api and web again
    /// at HEAD (api-v1.2.0, web@0.4.0).
    /// </summary>
    internal static TempGitRepository Released() =>
        RepositoryTemplates.Copy("monorepo-artifacts", () =>
        {
            var repo = TempGitRepository.Create();
            repo.WriteFile("steward.yml", Config)
                .WriteFile("README.md", "# a monorepo\n")
                .WriteFile("services/api/VERSION", "1.1.0\n")
                .WriteFile("services/api/main.py", "print()\n")
                .WriteFile("services/api/Dockerfile", "FROM scratch\n")
                .WriteFile("services/api/requirements.txt", "requests==2.31.0\n")
                .WriteFile("apps/web/VERSION", "0.3.0\n")
                .WriteFile("apps/web/package.json", "{\n  \"name\": \"web\",\n  \"version\": \"0.3.0\"\n}\n")
                .WriteFile("deploy/chart/VERSION", "3.0.0\n")
                .WriteFile("deploy/chart/Chart.yaml", "apiVersion: v2\nname: chart\nversion: 3.0.0\n")
                .WriteFile("deploy/chart/values.yaml", "a: 1\n")
                .WriteFile("libs/core/VERSION", "2.1.0\n")
                .WriteFile("libs/core/release-images.json", "{ \"images\": [ { \"name\": \"ghcr.io/acme/core\", \"dockerfile\": \"build/Dockerfile\" } ] }\n")
                .WriteFile("libs/core/build/Dockerfile", "FROM scratch\n");
            repo.Commit("chore: start");
            repo.Tag("api-v1.1.0").Tag("web@0.3.0").Tag("chart-v3.0.0").Tag("core-v2.1.0");
            repo.WriteFile("services/api/VERSION", "1.2.0\n").WriteFile("apps/web/VERSION", "0.4.0\n").Commit("chore(release): api 1.2.0, web 0.4.0");
            repo.Tag("api-v1.2.0").Tag("web@0.4.0");
            return [repo];
        })[0];

    private static List<string> TarNames(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new TarReader(gzip);
        var names = new List<string>();
        while (reader.GetNextEntry() is { } entry)
        {
            names.Add(entry.Name);
        }

        return names;
    }
}

using Steward.Tests.Support;

namespace Steward.Tests.Monorepo;

/// <summary>
/// A cascade writes the dependency's new version where the dependents' package.json, pyproject.toml, csproj and
/// Chart.yaml record it, in the one release commit, keeping each constraint's operator.
/// </summary>
public sealed class MonorepoCascadeWritesTests
{
    private const string Config = """
        components:
          - name: api
            path: services/api
            dependsOn: [core]
          - name: web
            path: apps/web
            dependsOn: [core]
          - name: chart
            path: deploy/chart
            dependsOn: [db]
          - name: db
            path: deploy/db
          - name: core
            path: libs/core

        """;

    private const string WebPackage = """
        {
          "name": "web",
          "version": "0.4.0",
          "dependencies": {
            "@acme/core": "^2.1.0",
            "left-pad": "^2.1.0"
          },
          "devDependencies": {
            "@acme/core": "~2.1.0"
          },
          "peerDependencies": {
            "@acme/core": "workspace:*"
          }
        }

        """;

    private const string ApiPyproject = """
        [project]
        name = "api"
        version = "1.2.0"
        dependencies = [
            "acme_core[fast] >=2.1.0,<3 ; python_version >= '3.10'",  # the shared library
            "requests==2.1.0",
        ]

        [tool.poetry.dependencies]
        Acme-Core = "^2.1.0"
        other = { version = "^2.1.0" }

        """;

    private const string ApiCsproj = """
        <Project Sdk="Microsoft.NET.Sdk">
          <ItemGroup>
            <PackageReference Include="acme.core" Version="2.1.0" />
            <PackageReference Include="Acme.Other" Version="2.1.0" />
          </ItemGroup>
        </Project>

        """;

    private const string ChartYaml = """
        apiVersion: v2
        name: platform
        version: 3.0.0
        dependencies:
          - name: db   # the database chart of this repository
            version: "~1.0.0"
            repository: file://../db
          - name: redis
            version: 1.0.0

        """;

    [Fact]
    public void A_release_of_core_writes_its_version_into_the_dependents_files_keeping_each_operator()
    {
        using var repo = Build();

        var result = StewardRunner.Run(repo.Root, "release");

        result.ExitCode.Should().Be(0, result.Error);
        repo.Git("log", "-1", "--format=%s").Should().Be("chore(release): api 1.2.1, web 0.4.1, chart 3.0.1, db 1.0.1, core 2.1.1\n");
        repo.ReadFile("apps/web/package.json").Should().Be(WebPackage
            .Replace("\"0.4.0\"", "\"0.4.1\"", StringComparison.Ordinal)
            .Replace("\"@acme/core\": \"^2.1.0\"", "\"@acme/core\": \"^2.1.1\"", StringComparison.Ordinal)
            .Replace("\"~2.1.0\"", "\"~2.1.1\"", StringComparison.Ordinal));
        repo.ReadFile("services/api/pyproject.toml").Should().Be(ApiPyproject
            .Replace("version = \"1.2.0\"", "version = \"1.2.1\"", StringComparison.Ordinal)
            .Replace(">=2.1.0,<3", ">=2.1.1,<3", StringComparison.Ordinal)
            .Replace("Acme-Core = \"^2.1.0\"", "Acme-Core = \"^2.1.1\"", StringComparison.Ordinal));
        repo.ReadFile("services/api/Api.csproj").Should().Be(ApiCsproj.Replace("\"acme.core\" Version=\"2.1.0\"", "\"acme.core\" Version=\"2.1.1\"", StringComparison.Ordinal));
        repo.ReadFile("deploy/chart/Chart.yaml").Should().Be(ChartYaml
            .Replace("version: 3.0.0", "version: 3.0.1", StringComparison.Ordinal)
            .Replace("\"~1.0.0\"", "\"~1.0.1\"", StringComparison.Ordinal));
        repo.Git("status", "--porcelain").Should().BeEmpty();
        repo.Git("show", "--name-only", "--format=", "HEAD").Should().Contain("services/api/Api.csproj\n");
    }

    [Fact]
    public void Dry_run_shows_the_dependency_writes_as_diffs_and_changes_nothing()
    {
        using var repo = Build();
        var before = repo.Snapshot();

        var result = StewardRunner.Run(repo.Root, "release", "--dry-run");

        result.ExitCode.Should().Be(0, result.Error);
        repo.Snapshot().Should().Be(before);
        result.Out.Should().Contain("-    \"@acme/core\": \"^2.1.0\",\n+    \"@acme/core\": \"^2.1.1\",\n")
            .And.Contain("-    <PackageReference Include=\"acme.core\" Version=\"2.1.0\" />\n+    <PackageReference Include=\"acme.core\" Version=\"2.1.1\" />\n")
            .And.Contain("-    version: \"~1.0.0\"\n+    version: \"~1.0.1\"\n")
            .And.Contain("-Acme-Core = \"^2.1.0\"\n+Acme-Core = \"^2.1.1\"\n");
    }

    [Fact]
    public void Dry_run_json_carries_the_dependency_writes_in_the_files_and_steps()
    {
        using var repo = Build();

        var result = StewardRunner.Run(repo.Root, "release", "--dry-run", "--json");

        result.ExitCode.Should().Be(0, result.Error);
        Golden.Assert("Monorepo/cascade-writes-dry-run.json", MonorepoRepository.MaskShas(result.Out.Replace(repo.Root, "<work>", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_dependent_left_out_with_component_keeps_its_files()
    {
        using var repo = Build();

        var result = StewardRunner.Run(repo.Root, "release", "--component", "core", "--component", "web");

        result.ExitCode.Should().Be(0, result.Error);
        repo.ReadFile("apps/web/package.json").Should().Contain("\"@acme/core\": \"^2.1.1\"");
        repo.ReadFile("services/api/pyproject.toml").Should().Be(ApiPyproject);
    }

    [Fact]
    public void An_upper_bound_the_new_version_leaves_is_refused_naming_the_line_and_nothing_is_written()
    {
        using var repo = Build(ApiPyproject.Replace(">=2.1.0,<3", ">=2.1.0,<2.1.1", StringComparison.Ordinal));
        var before = repo.Snapshot();

        var result = StewardRunner.Run(repo.Root, "release");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: services/api/pyproject.toml:5: acme_core's new version 2.1.1 is outside '<2.1.1'; raise the bound so the release can write 2.1.1 there\n");
        repo.Snapshot().Should().Be(before);
    }

    private static TempGitRepository Build(string apiPyproject = ApiPyproject) =>
        RepositoryTemplates.Copy($"monorepo-cascade-writes|{apiPyproject}", () =>
        {
            var repo = TempGitRepository.Create();
            repo.WriteFile("steward.yml", Config)
                .WriteFile("services/api/VERSION", "1.2.0\n")
                .WriteFile("services/api/pyproject.toml", apiPyproject)
                .WriteFile("services/api/Api.csproj", ApiCsproj)
                .WriteFile("apps/web/VERSION", "0.4.0\n")
                .WriteFile("apps/web/package.json", WebPackage)
                .WriteFile("deploy/chart/VERSION", "3.0.0\n")
                .WriteFile("deploy/chart/Chart.yaml", ChartYaml)
                .WriteFile("deploy/db/VERSION", "1.0.0\n")
                .WriteFile("deploy/db/Chart.yaml", "apiVersion: v2\nname: db\nversion: 1.0.0\n")
                .WriteFile("libs/core/VERSION", "2.1.0\n")
                .WriteFile("libs/core/package.json", "{\n  \"name\": \"@acme/core\",\n  \"version\": \"2.1.0\"\n}\n")
                .WriteFile("libs/core/pyproject.toml", "[project]\nname = \"acme-core\"\nversion = \"2.1.0\"\n")
                .WriteFile("libs/core/Core.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <PackageId>Acme.Core</PackageId>\n    <Version>2.1.0</Version>\n  </PropertyGroup>\n</Project>\n");
            repo.Commit("chore: start");
            repo.Tag("api-v1.2.0").Tag("web-v0.4.0").Tag("chart-v3.0.0").Tag("db-v1.0.0").Tag("core-v2.1.0");
            repo.WriteFile("libs/core/a.cs", "1\n").Commit("fix(core): mend the parser");
            repo.WriteFile("deploy/db/values.yaml", "a: 1\n").Commit("fix(db): mend the values");
            return [repo];
        })[0];
}

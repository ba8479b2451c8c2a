using Steward.Tests.Support;

namespace Steward.Tests.Monorepo;

/// <summary>`steward init` in a repository of several projects proposes them as components, commented out, and uncommented they are a valid monorepo.</summary>
public sealed class MonorepoInitTests
{
    [Fact]
    public void Folders_with_a_version_file_are_proposed_as_components_commented_out()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("VERSION", "1.0.0\n")
            .WriteFile("services/api/VERSION", "1.2.0\n")
            .WriteFile("services/api/tools/VERSION", "0.1.0\n")
            .WriteFile("apps/Web App/VERSION", "0.4.0\n")
            .WriteFile("apps/Web App/package.json", "{ \"name\": \"web\", \"version\": \"0.4.0\" }\n");
        repo.Commit("chore: start");

        var result = StewardRunner.Run(repo.Root, "init");

        result.ExitCode.Should().Be(0, result.Error);
        var yml = repo.ReadFile("steward.yml");
        yml.Should().Contain(
            "# steward init found 2 folders that look like components; uncomment to release them separately:\n" +
            "#components:\n" +
            "#  - name: web-app\n" +
            "#    path: apps/Web App\n" +
            "#  - name: api\n" +
            "#    path: services/api\n");

        repo.WriteFile("steward.yml", yml.Replace("#components:\n#  - name: web-app\n#    path: apps/Web App\n#  - name: api\n#    path: services/api\n",
            "components:\n  - name: web-app\n    path: apps/Web App\n  - name: api\n    path: services/api\n", StringComparison.Ordinal));
        var check = StewardRunner.Run(repo.Root, "check");
        check.ExitCode.Should().Be(0, check.Error);
        check.Out.Should().Contain("web-app: all 1 target agrees with apps/Web App/VERSION 0.4.0\n").And.Contain("api: no targets found");
    }

    [Fact]
    public void Several_python_projects_without_version_files_are_proposed_and_one_project_is_not()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("VERSION", "1.0.0\n")
            .WriteFile("a/pyproject.toml", "[project]\nname = \"a\"\n")
            .WriteFile("b/pyproject.toml", "[project]\nname = \"b\"\n");
        repo.Commit("chore: start");

        StewardRunner.Run(repo.Root, "init").ExitCode.Should().Be(0);

        repo.ReadFile("steward.yml").Should().Contain("#components:\n#  - name: a\n#    path: a\n#  - name: b\n#    path: b\n");

        using var single = TempGitRepository.Create();
        single.WriteFile("VERSION", "1.0.0\n").WriteFile("a/pyproject.toml", "[project]\nname = \"a\"\n");
        single.Commit("chore: start");
        StewardRunner.Run(single.Root, "init").ExitCode.Should().Be(0);
        single.ReadFile("steward.yml").Should().Contain("#components: []");
    }
}

using Steward.Tests.Support;

namespace Steward.Tests.Propagate;

/// <summary>A committed repository with VERSION 1.2.0 and targets of several kinds still at 0.1.0.</summary>
internal static class SampleProject
{
    public static TempGitRepository Create(string version = "1.2.0") =>
        RepositoryTemplates.Copy("sample " + version, () => [Build(version)])[0];

    private static TempGitRepository Build(string version)
    {
        var repo = TempGitRepository.Create();
        repo.WriteFile("VERSION", version + "\n")
            .WriteFile("src/demo/__init__.py", "\"\"\"Demo.\"\"\"\n__version__ = \"0.1.0\"  # written by steward\n")
            .WriteFile("pyproject.toml", "[project]\nname = \"demo\"\nversion = \"0.1.0\"\n")
            .WriteFile("charts/demo/Chart.yaml", "apiVersion: v2\nname: demo\nversion: 0.1.0\nappVersion: \"v0.1.0\"\ndependencies:\n  - name: redis\n    version: 17.3.7\n")
            .WriteFile("Dockerfile", "FROM alpine\nLABEL org.opencontainers.image.title=demo \\\n      org.opencontainers.image.version=0.1.0\n")
            .WriteFile("package.json", "{\n  \"name\": \"demo\",\n  \"version\": \"0.1.0\",\n  \"dependencies\": {\n    \"left-pad\": \"1.3.0\"\n  }\n}\n")
            .WriteFile("README.md", "Install with `dotnet tool install demo --version 0.1.0`.\n");
        repo.Commit("feat: demo");
        return repo;
    }
}

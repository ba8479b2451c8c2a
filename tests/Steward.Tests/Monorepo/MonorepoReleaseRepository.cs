using Steward.Tests.Support;

namespace Steward.Tests.Monorepo;

/// <summary>
/// A monorepo cloned from a local bare remote: api (services/api, a pyproject), web (apps/web, a package.json), chart
/// (deploy/chart) and core (libs/core), all released on one commit; then a feature in the api and a fix in the chart.
/// </summary>
public sealed class MonorepoReleaseRepository : IDisposable
{
    public MonorepoReleaseRepository()
    {
        var copies = RepositoryTemplates.Copy("monorepo-release", Build);
        Remote = copies[0];
        Work = copies[1];
    }

    public TempGitRepository Remote { get; }

    public TempGitRepository Work { get; }

    public StewardResult Release(params string[] args) => StewardRunner.Run(Work.Root, ["release", .. args]);

    public void Dispose()
    {
        Work.Dispose();
        Remote.Dispose();
    }

    // The repositories made here become a template's: they stay for the whole run (RepositoryTemplates deletes them).
#pragma warning disable CA2000
    private static TempGitRepository[] Build()
    {
        var remote = TempGitRepository.Create(bare: true);
        using (var seed = TempGitRepository.Create())
        {
            seed.WriteFile("steward.yml", MonorepoRepository.Components)
                .WriteFile("services/api/VERSION", "1.2.0\n")
                .WriteFile("services/api/pyproject.toml", "[project]\nname = \"api\"\nversion = \"1.2.0\"\n")
                .WriteFile("apps/web/VERSION", "0.4.0\n")
                .WriteFile("apps/web/package.json", "{\n  \"name\": \"web\",\n  \"version\": \"0.4.0\"\n}\n")
                .WriteFile("deploy/chart/VERSION", "3.0.0\n")
                .WriteFile("libs/core/VERSION", "2.1.0\n")
                .WriteFile("package.json", "{\n  \"name\": \"workspace\",\n  \"version\": \"9.9.9\",\n  \"private\": true\n}\n");
            seed.Commit("chore: start");
            seed.Tag("api-v1.2.0").Tag("web-v0.4.0").Tag("chart-v3.0.0").Tag("core-v2.1.0");
            seed.WriteFile("services/api/main.py", "print()\n").Commit("feat(api): add an endpoint");
            seed.WriteFile("deploy/chart/values.yaml", "a: 1\n").Commit("fix(chart): mend the values");
            seed.WriteFile("docs/guide.md", "x\n").Commit("docs: a guide outside every component");
            seed.Git("remote", "add", "origin", remote.Root);
            seed.Git("push", "-q", "origin", "main", "--tags");
        }

        return [remote, TempGitRepository.Clone(remote.Root)];
    }
#pragma warning restore CA2000
}

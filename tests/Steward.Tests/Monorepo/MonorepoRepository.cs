using Steward.Tests.Support;

namespace Steward.Tests.Monorepo;

/// <summary>
/// A monorepo fixture: api (services/api), web (apps/web), chart (deploy/chart) and core (libs/core), each with its
/// VERSION, released once (api-v1.2.0, web-v0.4.0, chart-v3.0.0 and core-v2.1.0, all four tags on one commit), then a
/// commit touching no component. Built once per configuration and copied per test.
/// </summary>
internal static class MonorepoRepository
{
    public const string Components = """
        components:
          - name: api
            path: services/api
          - name: web
            path: apps/web
          - name: chart
            path: deploy/chart
          - name: core
            path: libs/core

        """;

    public static TempGitRepository Released(string extraConfig = "") =>
        RepositoryTemplates.Copy($"monorepo-released|{extraConfig}", () =>
        {
            var repo = TempGitRepository.Create();
            repo.WriteFile("steward.yml", Components + extraConfig)
                .WriteFile("services/api/VERSION", "1.2.0\n")
                .WriteFile("apps/web/VERSION", "0.4.0\n")
                .WriteFile("deploy/chart/VERSION", "3.0.0\n")
                .WriteFile("libs/core/VERSION", "2.1.0\n")
                .WriteFile("README.md", "# a monorepo\n");
            repo.Commit("chore: start");
            repo.Tag("api-v1.2.0").Tag("web-v0.4.0").Tag("chart-v3.0.0").Tag("core-v2.1.0");
            repo.WriteFile("README.md", "# a monorepo\n\nwith four components\n").Commit("feat: describe the repository");
            return [repo];
        })[0];

    /// <summary>Commit shas masked, for golden files.</summary>
    public static string MaskShas(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, "\\b[0-9a-f]{7,40}\\b", m => new string('#', m.Length));

    public static StewardResult Next(TempGitRepository repo, params string[] args) => StewardRunner.Run(repo.Root, ["next", .. args]);
}

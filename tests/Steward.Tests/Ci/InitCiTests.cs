using Steward.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Steward.Tests.Ci;

/// <summary>
/// steward init --ci writes the workflows of the repository's process (its release branches, its announcers) with
/// least privilege, a full-depth checkout and Steward installed and cached; they parse as YAML, and an existing file
/// is kept without --force. The repository's own action.yml is a composite action with the release outputs.
/// </summary>
public sealed class InitCiTests : IDisposable
{
    private readonly TempGitRepository repo = TempGitRepository.Create();

    public InitCiTests()
    {
        repo.WriteFile("VERSION", "1.0.0\n")
            .WriteFile("steward.yml", "release:\n  branches: [main, 'support/*']\nannounce:\n  - name: chat\n    kind: slack\n    urlEnv: SLACK_URL\n")
            .Commit("feat: first");
    }

    public void Dispose() => repo.Dispose();

    private static YamlMappingNode Load(string text) => WorkflowYaml.Load(text);

    private static YamlNode At(YamlNode node, params string[] keys) => WorkflowYaml.At(node, keys);

    [Theory]
    [InlineData("github", ".github/workflows/steward.yml")]
    [InlineData("gitea", ".gitea/workflows/steward.yml")]
    public void Actions_workflows_release_on_the_release_branches_with_least_privilege(string forge, string path)
    {
        var result = StewardRunner.Run(repo.Root, "init", "--ci", forge);

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().StartWith($"wrote {path} (Steward ");
        var text = repo.ReadFile(path);
        var workflow = Load(text);
        ((YamlSequenceNode)At(workflow, "on", "push", "branches")).Children.Select(c => c.ToString()).Should().Equal("main", "support/*", "bump-version/**");
        ((YamlMappingNode)At(workflow, "permissions")).Children.Should().BeEmpty("nothing by default");
        At(workflow, "jobs", "lint", "permissions", "contents").ToString().Should().Be("read");
        At(workflow, "jobs", "release", "permissions", "contents").ToString().Should().Be("write");
        foreach (var job in new[] { "lint", "release" })
        {
            var steps = ((YamlSequenceNode)At(workflow, "jobs", job, "steps")).Children.Cast<YamlMappingNode>().ToList();
            At(steps[0], "with", "fetch-depth").ToString().Should().Be("0");
            At(steps[2], "uses").ToString().Should().StartWith("actions/cache@");
            At(steps[3], "run").ToString().Should().Contain("dotnet tool update --global Steward --version \"$STEWARD_VERSION\"");
        }

        text.Should().Contain("steward release --push --announce || code=$?").And.Contain("steward lint --from \"origin/${{ github.base_ref }}\"")
            .And.Contain("steward freeze status --branch");
        repo.Git("status", "--porcelain", "--untracked-files=all").Should().Be($"?? {path}\n");
    }

    [Fact]
    public void GitLab_gets_a_pipeline_whose_release_rule_matches_the_release_branches()
    {
        var result = StewardRunner.Run(repo.Root, "init", "--ci", "gitlab");

        result.ExitCode.Should().Be(0, result.Error);
        var pipeline = Load(repo.ReadFile(".gitlab-ci.yml"));
        At(pipeline, "variables", "GIT_DEPTH").ToString().Should().Be("0");
        var rule = ((YamlSequenceNode)At(pipeline, "release", "rules")).Children[0];
        At(rule, "if").ToString().Should().Be("$CI_PIPELINE_SOURCE == \"push\" && $CI_COMMIT_BRANCH =~ /^(main|support\\/[^\\/]*)$/");
        ((YamlSequenceNode)At(pipeline, "release", "script")).Children.Select(c => c.ToString()).Should().Contain(s => s.Contains("steward release --push --announce", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("github", ".github/workflows/steward.yml")]
    [InlineData("gitea", ".gitea/workflows/steward.yml")]
    public void With_publish_a_release_builds_its_artifacts_and_publishes_and_pushed_release_tags_publish_too(string forge, string path)
    {
        var result = StewardRunner.Run(repo.Root, "init", "--ci", forge, "--publish");

        result.ExitCode.Should().Be(0, result.Error);
        var workflow = Load(repo.ReadFile(path));
        ((YamlSequenceNode)At(workflow, "on", "push", "tags")).Children.Select(c => c.ToString()).Should().Equal("v*");
        At(workflow, "jobs", "release", "if").ToString().Should().Be("github.event_name != 'pull_request' && !startsWith(github.ref, 'refs/tags/') && !startsWith(github.ref, 'refs/heads/bump-version/')");
        var steps = ((YamlSequenceNode)At(workflow, "jobs", "release", "steps")).Children.Cast<YamlMappingNode>().ToList();
        At(steps[^2], "id").ToString().Should().Be("release");
        At(steps[^1], "if").ToString().Should().Be("steps.release.outputs.released == 'true'");
        At(steps[^1], "run").ToString().Should().Be("steward artifacts\nsteward publish\n");
        At(steps[^1], "env", "STEWARD_FORGE_TOKEN").ToString().Should().Be("${{ secrets.GITHUB_TOKEN }}");
        At(workflow, "jobs", "publish", "if").ToString().Should().Be("startsWith(github.ref, 'refs/tags/')");
        At(workflow, "jobs", "publish", "permissions", "contents").ToString().Should().Be("write");
        var publish = ((YamlSequenceNode)At(workflow, "jobs", "publish", "steps")).Children.Cast<YamlMappingNode>().ToList();
        At(publish[0], "with", "fetch-depth").ToString().Should().Be("0");
        At(publish[^1], "run").ToString().Should().Be("steward artifacts\nsteward publish --tag \"$GITHUB_REF_NAME\"\n");
    }

    [Fact]
    public void With_publish_GitLab_publishes_after_a_release_and_on_release_tags()
    {
        repo.WriteFile("steward.yml", "tagPrefix: app/v\n").Commit("chore: prefix");

        var result = StewardRunner.Run(repo.Root, "init", "--ci", "gitlab", "--publish");

        result.ExitCode.Should().Be(0, result.Error);
        var pipeline = Load(repo.ReadFile(".gitlab-ci.yml"));
        var script = ((YamlSequenceNode)At(pipeline, "release", "script")).Children.Select(c => c.ToString()).ToList();
        script[^3].Should().EndWith("if [ \"$code\" -ne 0 ]; then exit \"$code\"; fi", "a release that did not happen publishes nothing");
        script[^2..].Should().Equal("steward artifacts", "steward publish");
        At(((YamlSequenceNode)At(pipeline, "publish", "rules")).Children[0], "if").ToString().Should().Be("$CI_COMMIT_TAG =~ /^app\\/v/");
        ((YamlSequenceNode)At(pipeline, "publish", "script")).Children.Select(c => c.ToString()).Should().Equal("steward artifacts", "steward publish --tag \"$CI_COMMIT_TAG\"");
    }

    [Fact]
    public void Publish_without_ci_is_refused()
    {
        var result = StewardRunner.Run(repo.Root, "init", "--publish");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: --publish adds publishing to the CI workflows; give it with --ci github|gitlab|gitea\n");
        File.Exists(Path.Combine(repo.Root, "steward.yml.new")).Should().BeFalse();
    }

    [Fact]
    public void An_existing_workflow_is_kept_without_force_and_dry_run_writes_nothing()
    {
        repo.WriteFile(".github/workflows/steward.yml", "name: mine\n").Commit("ci: mine");

        var refused = StewardRunner.Run(repo.Root, "init", "--ci", "github");
        refused.ExitCode.Should().Be(2);
        refused.Error.Should().Be("steward: error: .github/workflows/steward.yml exists; pass --force to replace it, or merge the generated jobs by hand (see 'steward init --ci ... --dry-run')\n");

        var dryRun = StewardRunner.Run(repo.Root, "init", "--ci", "github", "--force", "--dry-run");
        dryRun.ExitCode.Should().Be(0, dryRun.Error);
        dryRun.Out.Should().Contain("-name: mine");
        repo.ReadFile(".github/workflows/steward.yml").Should().Be("name: mine\n");

        StewardRunner.Run(repo.Root, "init", "--ci", "github", "--force").ExitCode.Should().Be(0);
        repo.ReadFile(".github/workflows/steward.yml").Should().StartWith("# Written by 'steward init --ci github'");
    }

    [Fact]
    public void The_action_is_composite_and_exposes_the_release_outputs()
    {
        var action = Load(File.ReadAllText(Path.Combine(SourceTree.Root, "action.yml")));

        At(action, "runs", "using").ToString().Should().Be("composite");
        ((YamlMappingNode)At(action, "outputs")).Children.Keys.Select(k => k.ToString())
            .Should().Contain(["released", "version", "tag", "notes-file", "frozen", "exit-code"]);
        At(action, "outputs", "released", "value").ToString().Should().Be("${{ steps.run.outputs.released }}");
    }
}

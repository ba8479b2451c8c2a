using System.Diagnostics;
using Steward.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Steward.Tests.Ci;

/// <summary>
/// The parts of the process 'steward init --ci' writes beyond the plain release: release pull requests (--pr), the
/// propagation on bump-version/** branches, and the images of release-images.json. The release step's shell is run for
/// real with a stand-in steward, so its exit-code logic (pr first, release on its exit 3, 3 and 4 neutral) is checked,
/// not only its text.
/// </summary>
public sealed class InitCiProcessTests : IDisposable
{
    private readonly TempGitRepository repo = TempGitRepository.Create();

    public InitCiProcessTests()
    {
        repo.WriteFile("VERSION", "1.0.0\n").WriteFile("steward.yml", "release:\n  branches: [main]\n").Commit("feat: first");
    }

    public void Dispose() => repo.Dispose();

    private static YamlMappingNode Load(string text) => WorkflowYaml.Load(text);

    private static YamlNode At(YamlNode node, params string[] keys) => WorkflowYaml.At(node, keys);

    private static List<YamlMappingNode> Steps(YamlNode workflow, string job) =>
        [.. ((YamlSequenceNode)At(workflow, "jobs", job, "steps")).Children.Cast<YamlMappingNode>()];

    private YamlMappingNode Init(string forge, string path, params string[] flags)
    {
        var result = StewardRunner.Run(repo.Root, ["init", "--ci", forge, "--force", .. flags]);
        result.ExitCode.Should().Be(0, result.Error);
        return Load(repo.ReadFile(path));
    }

    [Theory]
    [InlineData("github", ".github/workflows/steward.yml")]
    [InlineData("gitea", ".gitea/workflows/steward.yml")]
    public void With_pr_pushes_keep_the_release_pull_request_and_a_merge_is_released(string forge, string path)
    {
        repo.WriteFile("steward.yml", "release:\n  branches: [main]\npr:\n  dispatch: ci.yml\n").Commit("ci: dispatch");

        var workflow = Init(forge, path, "--pr");

        var permissions = ((YamlMappingNode)At(workflow, "jobs", "release", "permissions")).Children.ToDictionary(p => p.Key.ToString(), p => p.Value.ToString());
        permissions.Should().Equal(new Dictionary<string, string> { ["contents"] = "write", ["pull-requests"] = "write", ["actions"] = "write" });
        var release = Steps(workflow, "release").Single(s => s.Children.ContainsKey(new YamlScalarNode("id")));
        At(release, "run").ToString().Should().Contain("steward pr || code=$?\n").And.Contain("if [ \"$code\" -eq 3 ]; then code=0; steward release --push || code=$?; fi\n");
        At(release, "env", "STEWARD_FORGE_TOKEN").ToString().Should().Be("${{ secrets.GITHUB_TOKEN }}");
    }

    [Fact]
    public void Without_dispatch_pr_mode_asks_for_no_actions_permission()
    {
        var workflow = Init("github", ".github/workflows/steward.yml", "--pr");

        ((YamlMappingNode)At(workflow, "jobs", "release", "permissions")).Children.Keys.Select(k => k.ToString()).Should().Equal("contents", "pull-requests");
    }

    [Theory]
    [InlineData(0, 0, "pr", 0)]
    [InlineData(1, 0, "pr", 1)]
    [InlineData(4, 0, "pr", 0)]
    [InlineData(3, 0, "pr release", 0)]
    [InlineData(3, 3, "pr release", 0)]
    [InlineData(3, 1, "pr release", 1)]
    public void The_pr_mode_release_step_runs_the_release_only_when_pr_has_nothing_to_open(int prExit, int releaseExit, string ran, int jobExit)
    {
        var workflow = Init("github", ".github/workflows/steward.yml", "--pr");
        var script = At(Steps(workflow, "release").Single(s => s.Children.ContainsKey(new YamlScalarNode("id"))), "run").ToString();

        var (exit, calls) = RunWithStandIn(script, new Dictionary<string, int> { ["pr"] = prExit, ["release"] = releaseExit });

        calls.Should().Be(ran);
        exit.Should().Be(jobExit);
    }

    [Fact]
    public void GitLab_pr_mode_runs_the_same_logic_and_names_the_token_it_needs()
    {
        var result = StewardRunner.Run(repo.Root, "init", "--ci", "gitlab", "--pr");
        result.ExitCode.Should().Be(0, result.Error);
        var text = repo.ReadFile(".gitlab-ci.yml");
        var script = ((YamlSequenceNode)At(Load(text), "release", "script")).Children.Select(c => c.ToString()).ToList();

        text.Should().Contain("# The release merge request is opened with STEWARD_FORGE_TOKEN");
        var (exit, calls) = RunWithStandIn(script[^1], new Dictionary<string, int> { ["pr"] = 3, ["release"] = 0 });
        calls.Should().Be("pr release");
        exit.Should().Be(0);
    }

    [Theory]
    [InlineData("github", ".github/workflows/steward.yml")]
    [InlineData("gitea", ".gitea/workflows/steward.yml")]
    public void Bump_branches_get_the_propagation_and_never_the_release(string forge, string path)
    {
        var workflow = Init(forge, path);

        ((YamlSequenceNode)At(workflow, "on", "push", "branches")).Children.Select(c => c.ToString()).Should().Equal("main", "bump-version/**");
        At(workflow, "jobs", "bump", "if").ToString().Should().Be("github.event_name == 'push' && startsWith(github.ref, 'refs/heads/bump-version/')");
        At(workflow, "jobs", "bump", "permissions", "contents").ToString().Should().Be("write");
        At(Steps(workflow, "bump")[^1], "run").ToString().Should().EndWith("steward propagate --commit --push\n");
        At(workflow, "jobs", "release", "if").ToString().Should().Contain("!startsWith(github.ref, 'refs/heads/bump-version/')");
    }

    [Fact]
    public void GitLab_bump_branches_get_the_propagation()
    {
        StewardRunner.Run(repo.Root, "init", "--ci", "gitlab").ExitCode.Should().Be(0);
        var pipeline = Load(repo.ReadFile(".gitlab-ci.yml"));

        At(((YamlSequenceNode)At(pipeline, "bump", "rules")).Children[0], "if").ToString().Should().Be("$CI_PIPELINE_SOURCE == \"push\" && $CI_COMMIT_BRANCH =~ /^bump-version\\/.*$/");
        ((YamlSequenceNode)At(pipeline, "bump", "script")).Children[^1].ToString().Should().Be("steward propagate --commit --push");
    }

    [Fact]
    public void Declared_images_are_built_after_a_release_and_on_release_tags_logging_in_to_each_registry()
    {
        repo.WriteFile("release-images.json", "{ \"images\": [ { \"name\": \"ghcr.io/acme/app\" }, { \"name\": \"acme/worker\" }, { \"name\": \"ghcr.io/acme/cli\" } ] }\n").Commit("build: images");

        var workflow = Init("github", ".github/workflows/steward.yml");

        ((YamlSequenceNode)At(workflow, "on", "push", "tags")).Children.Select(c => c.ToString()).Should().Equal("v*");
        At(workflow, "jobs", "release", "outputs", "tag").ToString().Should().Be("${{ steps.release.outputs.tag }}");
        At(workflow, "jobs", "images", "needs").ToString().Should().Be("release");
        At(workflow, "jobs", "images", "permissions", "packages").ToString().Should().Be("write");
        var steps = Steps(workflow, "images");
        At(steps[0], "with", "ref").ToString().Should().Be("${{ needs.release.outputs.tag || github.ref }}");
        var logins = steps.Where(s => s.Children.TryGetValue(new YamlScalarNode("uses"), out var uses) && uses.ToString().StartsWith("docker/login-action@", StringComparison.Ordinal)).ToList();
        logins.Select(l => At(l, "with", "registry").ToString()).Should().Equal("ghcr.io", "docker.io");
        At(logins[0], "with", "password").ToString().Should().Be("${{ secrets.GITHUB_TOKEN }}");
        At(logins[1], "with", "password").ToString().Should().Be("${{ secrets.REGISTRY_PASSWORD }}");
        At(steps[^1], "run").ToString().Should().Be("steward images --format bake > docker-bake.json\ndocker buildx bake -f docker-bake.json --push\n");
    }

    [Fact]
    public void GitLab_builds_images_on_release_tags_from_steward_s_bake_file()
    {
        repo.WriteFile("steward.yml", "release:\n  branches: [main]\nartifacts:\n  images:\n    - name: registry.gitlab.com/acme/app\n").Commit("build: images");

        StewardRunner.Run(repo.Root, "init", "--ci", "gitlab").ExitCode.Should().Be(0);
        var pipeline = Load(repo.ReadFile(".gitlab-ci.yml"));

        ((YamlSequenceNode)At(pipeline, "stages")).Children.Select(c => c.ToString()).Should().Equal("test", "release", "images");
        At(((YamlSequenceNode)At(pipeline, "images-plan", "rules")).Children[0], "if").ToString().Should().Be("$CI_COMMIT_TAG =~ /^v/");
        ((YamlSequenceNode)At(pipeline, "images-plan", "artifacts", "paths")).Children.Single().ToString().Should().Be("docker-bake.json");
        ((YamlSequenceNode)At(pipeline, "images", "before_script")).Children.Single().ToString()
            .Should().Be("echo \"$CI_REGISTRY_PASSWORD\" | docker login -u \"$CI_REGISTRY_USER\" --password-stdin registry.gitlab.com");
        ((YamlSequenceNode)At(pipeline, "images", "script")).Children[^1].ToString().Should().Be("docker buildx bake -f docker-bake.json --push");
    }

    [Fact]
    public void Without_images_there_is_no_image_job_and_no_tag_trigger()
    {
        var workflow = Init("github", ".github/workflows/steward.yml");

        ((YamlMappingNode)At(workflow, "jobs")).Children.Keys.Select(k => k.ToString()).Should().Equal("lint", "release", "bump");
        ((YamlMappingNode)At(workflow, "on", "push")).Children.Keys.Select(k => k.ToString()).Should().Equal("branches");
    }

    [Fact]
    public void Pr_without_ci_is_refused()
    {
        var result = StewardRunner.Run(repo.Root, "init", "--pr");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: --pr makes the CI workflows release through a release pull request; give it with --ci github|gitlab|gitea\n");
    }

    /// <summary>
    /// Runs <paramref name="script"/> under bash with a stand-in <c>steward</c> first on PATH that records its verb and
    /// exits as <paramref name="exits"/> says (git config lines run against a scratch repository).
    /// </summary>
    private (int Exit, string Calls) RunWithStandIn(string script, Dictionary<string, int> exits)
    {
        var bin = Path.Combine(repo.Root, ".stand-in");
        Directory.CreateDirectory(bin);
        var log = Path.Combine(bin, "calls");
        var cases = string.Concat(exits.Select(e => $"  {e.Key}) exit {e.Value} ;;\n"));
        File.WriteAllText(Path.Combine(bin, "steward"), $"#!/usr/bin/env bash\nprintf '%s ' \"$1\" >> '{log}'\ncase \"$1\" in\n{cases}esac\nexit 0\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(bin, "steward"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var info = new ProcessStartInfo("bash") { WorkingDirectory = repo.Root, RedirectStandardError = true, RedirectStandardOutput = true };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(script);
        info.Environment["PATH"] = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        info.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        info.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        using var process = Process.Start(info)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, File.Exists(log) ? File.ReadAllText(log).TrimEnd() : string.Empty);
    }
}

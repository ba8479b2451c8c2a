using System.Diagnostics;
using System.Text.RegularExpressions;
using Steward.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Steward.Tests.Ci;

/// <summary>
/// 'steward init --ci' in a monorepo: tag triggers for every component's prefix, publishing of each released tag, an
/// image job per component with images (on its own tags only), no bump branches. The files are compared whole with
/// golden files; the triggers are checked against the tags 'steward release' really makes, and the generated publish
/// shell runs against the real release commit with a stand-in steward.
/// </summary>
public sealed class InitCiMonorepoTests : IDisposable
{
    internal const string Config =
        "release:\n  branches: [main]\ncomponents:\n  - name: api\n    path: services/api\n  - name: web\n    path: apps/web\n    tagPrefix: web@\n  - name: chart\n    path: deploy/chart\n    tagPrefix: chart/v\n";

    private readonly TempGitRepository remote = TempGitRepository.Create(bare: true);
    private readonly TempGitRepository repo = TempGitRepository.Create();

    public InitCiMonorepoTests()
    {
        Seed(repo);
        repo.Tag("api-v1.2.0").Tag("web@0.4.0").Tag("chart/v3.0.0");
        repo.Git("remote", "add", "origin", remote.Root);
        repo.Git("push", "-q", "-u", "origin", "main", "--tags");
    }

    /// <summary>
    /// Three components with three tag-prefix forms: api (api-v, the default), web (web@) and chart (chart/v), the chart
    /// with two images on two registries.
    /// </summary>
    internal static void Seed(TempGitRepository repo)
    {
        repo.WriteFile("steward.yml", Config)
            .WriteFile("services/api/VERSION", "1.2.0\n")
            .WriteFile("apps/web/VERSION", "0.4.0\n")
            .WriteFile("deploy/chart/VERSION", "3.0.0\n")
            .WriteFile("deploy/chart/Dockerfile", "FROM scratch\n")
            .WriteFile("deploy/chart/release-images.json", "{ \"images\": [ { \"name\": \"ghcr.io/acme/chart\" }, { \"name\": \"registry.gitlab.com/acme/chart\" } ] }\n")
            .Commit("chore: start");
    }

    public void Dispose()
    {
        repo.Dispose();
        remote.Dispose();
    }

    [Theory]
    [InlineData("github", "--publish")]
    [InlineData("gitea", "--publish")]
    [InlineData("gitlab", "--publish")]
    [InlineData("github", "")]
    [InlineData("gitlab", "")]
    public void The_files_are_as_reviewed(string forge, string flags)
    {
        var text = InitCiGoldenTests.Init(repo, forge, flags);

        Golden.Assert($"Ci/monorepo-{forge}{flags.Replace(" ", string.Empty, StringComparison.Ordinal)}.yml", text);
    }

    [Fact]
    public void The_tag_triggers_match_each_component_s_real_release_tags_and_no_other_component_s()
    {
        var tags = ReleaseEveryComponent();

        var workflow = Load(InitCiGoldenTests.Init(repo, "github", "--publish"));
        var globs = ((YamlSequenceNode)At(workflow, "on", "push", "tags")).Children.Select(c => c.ToString()).ToList();
        globs.Should().Equal("api-v*", "web@*", "chart/v*");

        // git's own wildmatch is the reference: each glob lists exactly its component's tags, old and new.
        repo.Git("tag", "--list", globs[0]).Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().BeEquivalentTo("api-v1.2.0", tags[0]);
        repo.Git("tag", "--list", globs[1]).Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().BeEquivalentTo("web@0.4.0", tags[1]);
        repo.Git("tag", "--list", globs[2]).Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().BeEquivalentTo("chart/v3.0.0", tags[2]);

        // GitLab: the publish job's rule matches every component's tag; the chart's image jobs only the chart's.
        var pipeline = Load(InitCiGoldenTests.Init(repo, "gitlab", "--publish"));
        var publish = RuleRegex(pipeline, "publish");
        var chartImages = RuleRegex(pipeline, "images-chart");
        RuleRegex(pipeline, "images-chart-plan").ToString().Should().Be(chartImages.ToString());
        tags.Should().OnlyContain(t => publish.IsMatch(t));
        tags.Where(t => chartImages.IsMatch(t)).Should().Equal(tags[2]);
        pipeline.Children.Keys.Select(k => k.ToString()).Should().NotContain(["images-api", "images-web", "bump"]);
    }

    [Fact]
    public void The_release_job_s_outputs_name_the_released_components_and_the_actions_publish_step_publishes_each_tag()
    {
        var tags = ReleaseEveryComponent(out var outputs);

        outputs.Should().Contain("released=true\n").And.Contain("components=api web chart\n").And.Contain($"tags={string.Join(' ', tags)}\n")
            .And.Contain($"commit={repo.Git("rev-parse", "HEAD").Trim()}\n");

        var workflow = Load(InitCiGoldenTests.Init(repo, "github", "--publish"));
        At(workflow, "jobs", "release", "outputs", "components").ToString().Should().Be("${{ steps.release.outputs.components }}");
        At(workflow, "jobs", "images-chart", "if").ToString().Should().Contain("' chart '").And.Contain("'refs/tags/chart/v'");
        var step = ((YamlSequenceNode)At(workflow, "jobs", "release", "steps")).Children.Cast<YamlMappingNode>().Last();
        At(step, "env", "RELEASE_TAGS").ToString().Should().Be("${{ steps.release.outputs.tags }}");
        var calls = RunWithStandIn(At(step, "run").ToString(), new Dictionary<string, string> { ["RELEASE_TAGS"] = string.Join(' ', tags) });
        calls.Should().Equal("artifacts", "publish --tag api-v1.2.1", "publish --tag web@0.5.0", "publish --tag chart/v3.0.1");
    }

    [Fact]
    public void GitLab_s_release_job_publishes_every_component_tag_at_the_release_commit()
    {
        ReleaseEveryComponent();
        repo.Tag("unrelated");

        var script = ((YamlSequenceNode)At(Load(InitCiGoldenTests.Init(repo, "gitlab", "--publish")), "release", "script")).Children.Select(c => c.ToString()).ToList();

        RunWithStandIn(script[^1], new Dictionary<string, string>()).Should().Equal("publish --tag api-v1.2.1", "publish --tag chart/v3.0.1", "publish --tag web@0.5.0");
    }

    private string[] ReleaseEveryComponent() => ReleaseEveryComponent(out _);

    /// <summary>A change in each component, released by 'steward release --push' under GitHub Actions: the new tags.</summary>
    private string[] ReleaseEveryComponent(out string outputs)
    {
        repo.WriteFile("services/api/main.py", "print()\n").Commit("fix(api): mend");
        repo.WriteFile("apps/web/index.js", "x\n").Commit("feat(web): a page");
        repo.WriteFile("deploy/chart/values.yaml", "a: 1\n").Commit("fix(chart): values");
        var outputFile = Path.Combine(repo.Root, ".git", "github-output");
        var result = StewardRunner.Run(repo.Root, null, new Dictionary<string, string?> { ["GITHUB_OUTPUT"] = outputFile }, "release", "--push");
        result.ExitCode.Should().Be(0, result.Error);
        outputs = File.ReadAllText(outputFile);
        remote.Git("tag", "--list").Should().Contain("api-v1.2.1").And.Contain("web@0.5.0").And.Contain("chart/v3.0.1");
        return ["api-v1.2.1", "web@0.5.0", "chart/v3.0.1"];
    }

    private static Regex RuleRegex(YamlMappingNode pipeline, string job)
    {
        var rule = At(((YamlSequenceNode)At(pipeline, job, "rules")).Children[0], "if").ToString();
        var match = Regex.Match(rule, @"^\$CI_COMMIT_TAG =~ /(.*)/$");
        match.Success.Should().BeTrue(rule);
        return new Regex(match.Groups[1].Value.Replace("\\/", "/", StringComparison.Ordinal), RegexOptions.None, TimeSpan.FromSeconds(5));
    }

    private static YamlMappingNode Load(string text) => WorkflowYaml.Load(text);

    private static YamlNode At(YamlNode node, params string[] keys) => WorkflowYaml.At(node, keys);

    /// <summary>Runs a generated shell fragment in the repository with a stand-in steward that records each call's arguments.</summary>
    private List<string> RunWithStandIn(string script, Dictionary<string, string> environment)
    {
        var bin = Path.Combine(repo.Root, ".git", "stand-in");
        Directory.CreateDirectory(bin);
        var log = Path.Combine(bin, "calls");
        File.WriteAllText(Path.Combine(bin, "steward"), $"#!/usr/bin/env bash\necho \"$*\" >> '{log}'\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(bin, "steward"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var info = new ProcessStartInfo("bash") { WorkingDirectory = repo.Root, RedirectStandardError = true, RedirectStandardOutput = true };
        info.ArgumentList.Add("-ec");
        info.ArgumentList.Add(script);
        info.Environment["PATH"] = bin + Path.PathSeparator + System.Environment.GetEnvironmentVariable("PATH");
        info.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        info.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.Should().Be(0, error);
        return File.Exists(log) ? [.. File.ReadAllLines(log)] : [];
    }
}

using FluentAssertions;
using Steward.Tests.Monorepo;
using Steward.Tests.Support;
using Xunit;

namespace Steward.Tests.Forge;

/// <summary>
/// steward release --publish in a monorepo: one forge step per released component's tag, after the one push, each
/// with that component's notes; a failure after the push is finished by release --continue.
/// </summary>
public sealed class ReleasePublishMonorepoTests : IAsyncLifetime, IDisposable
{
    private MonorepoReleaseRepository project = null!;
    private FakeGitHub github = null!;

    private Dictionary<string, string?> Environment { get; } = new(StringComparer.Ordinal) { ["GITHUB_TOKEN"] = FakeGitHub.Token };

    public async Task InitializeAsync()
    {
        github = await FakeGitHub.StartAsync();
        project = new MonorepoReleaseRepository();
        var work = project.Work;
        work.WriteFile("steward.yml", MonorepoRepository.Components + $"forge:\n  type: github\n  api: {github.Url}\n  repository: acme/demo\npublish:\n  assets: [dist/*]\n")
            .WriteFile(".gitignore", "dist/\n")
            .WriteFile("dist/bundle.tar.gz", "bundle\n");
        work.Commit("chore: publish on the forge");
        work.Git("push", "-q", "origin", "main");
    }

    public async Task DisposeAsync() => await github.DisposeAsync();

    public void Dispose() => project.Dispose();

    [Fact]
    public void Each_released_components_tag_is_published_with_its_own_notes()
    {
        var result = Run("release", "--publish");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("published api-v1.3.0 on GitHub (acme/demo)").And.Contain("published chart-v3.0.1 on GitHub (acme/demo)");
        project.Remote.Git("tag", "--list").Should().Contain("api-v1.3.0").And.Contain("chart-v3.0.1");
        github.Releases.Select(r => r.Tag).Should().Equal("api-v1.3.0", "chart-v3.0.1");
        var api = github.Releases[0];
        var chart = github.Releases[1];
        api.Body.Should().Contain("add an endpoint").And.NotContain("mend the values");
        chart.Body.Should().Contain("mend the values").And.NotContain("add an endpoint");
        github.Releases.Should().OnlyContain(r => !r.Draft && r.Assets.Count == 1 && r.MakeLatest == "true");
    }

    [Fact]
    public void The_dry_run_lists_a_forge_step_per_tag_after_the_push()
    {
        var result = Run("release", "--publish", "--dry-run");

        result.ExitCode.Should().Be(0, result.Error);
        var steps = result.Out.Split('\n').SkipWhile(l => l != "steps:").Skip(1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal)).ToList();
        steps[^3].Should().StartWith("  git push --atomic");
        steps[^2].Should().StartWith("  forge: reconcile the GitHub release api-v1.3.0 of acme/demo");
        steps[^1].Should().StartWith("  forge: reconcile the GitHub release chart-v3.0.1 of acme/demo");
        github.Log.Should().BeEmpty();
    }

    [Fact]
    public void A_publish_failing_after_the_push_is_finished_by_continue_without_publishing_twice()
    {
        // The api's create fails on every round of the first run (a create is re-read, never repeated blindly).
        github.Inject(new FakeGitHubFault("POST", "/releases", 500, Times: 3));

        var result = Run("release", "--publish");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("released api-v1.3.0, but publishing api-v1.3.0 failed: GitHub answered 500").And.Contain("run 'steward release --continue'");
        github.Releases.Should().BeEmpty();
        project.Remote.Git("tag", "--list").Should().Contain("api-v1.3.0").And.Contain("chart-v3.0.1");

        var finish = Run("release", "--continue");

        finish.ExitCode.Should().Be(0, finish.Error);
        github.Releases.Select(r => r.Tag).Should().BeEquivalentTo("api-v1.3.0", "chart-v3.0.1");
        github.Releases.Should().OnlyContain(r => !r.Draft && r.Assets.Count == 1);
    }

    private StewardResult Run(params string[] args) => StewardRunner.Run(project.Work.Root, null, TestEnvironment.Create(Environment), args);
}

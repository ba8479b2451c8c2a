using FluentAssertions;
using Steward.Tests.Monorepo;
using Steward.Tests.Support;
using Xunit;

namespace Steward.Tests.Forge;

/// <summary>
/// release.blockers in a monorepo release: open blockers refuse the release of every component before anything is
/// written; --ignore-blockers --reason records the override once in the commit and in every component's tag.
/// </summary>
public sealed class ReleaseBlockerMonorepoTests : IAsyncLifetime, IDisposable
{
    private MonorepoReleaseRepository project = null!;
    private FakeGitHub github = null!;

    private Dictionary<string, string?> Environment { get; } = new(StringComparer.Ordinal) { ["GITHUB_TOKEN"] = FakeGitHub.Token };

    public async Task InitializeAsync()
    {
        github = await FakeGitHub.StartAsync();
        project = new MonorepoReleaseRepository();
        project.Work.WriteFile("steward.yml", MonorepoRepository.Components + $"forge:\n  type: github\n  api: {github.Url}\n  repository: acme/demo\n")
            .Commit("chore: the forge");
        project.Work.Git("push", "-q", "origin", "main");
    }

    public async Task DisposeAsync() => await github.DisposeAsync();

    public void Dispose() => project.Dispose();

    [Fact]
    public void An_open_blocker_refuses_the_release_of_every_component_before_anything_is_written()
    {
        github.AddIssue("Crash on start", ["release-blocker"]);
        var head = project.Work.Git("rev-parse", "HEAD");

        var result = Run("release", "--push");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("https://github.com/acme/demo/issues/1");
        project.Work.Git("rev-parse", "HEAD").Should().Be(head);
        project.Work.Git("tag", "--list", "api-v1.3.0", "chart-v3.0.1").Should().BeEmpty();
        project.Work.Git("status", "--porcelain").Should().BeEmpty();
    }

    [Fact]
    public void An_ignored_blocker_is_recorded_in_the_commit_and_in_every_tag()
    {
        github.AddIssue("Crash on start", ["release-blocker"]);

        var result = Run("release", "--ignore-blockers", "--reason", "the crash is on an unsupported platform");

        result.ExitCode.Should().Be(0, result.Error);
        const string Recorded = "Blockers-Ignored: the crash is on an unsupported platform";
        project.Work.Git("log", "-1", "--format=%B").Should().Contain(Recorded);
        foreach (var tag in new[] { "api-v1.3.0", "chart-v3.0.1" })
        {
            project.Work.Git("tag", "--list", "--format=%(contents)", tag).Should().Contain(Recorded).And.Contain("https://github.com/acme/demo/issues/1");
        }
    }

    private StewardResult Run(params string[] args) => StewardRunner.Run(project.Work.Root, null, TestEnvironment.Create(Environment), args);
}

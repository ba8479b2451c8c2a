using FluentAssertions;
using Steward.Tests.Forge;
using Xunit;

namespace Steward.Tests.PullRequests;

/// <summary>
/// <c>steward release --pr-notes api</c> and <c>steward pr --pr-notes api</c> in a monorepo, on the fake GitHub: a pull
/// request whose commit touches the api and the chart is asked for once, and its description is in both components'
/// CHANGELOG.md entries of the release commit (and of the release pull request's body); a missing token or a pull
/// request the forge does not have is one warning for the run, and the commit text stands.
/// </summary>
public sealed class MonorepoPullRequestNotesRecordTests : IAsyncLifetime
{
    private const string Note = "Uploads larger than 5 GiB are split into parts.";
    private const string Description = "Storage for both.\n\n```release-note\n" + Note + "\n```\n";

    private FakeGitHub github = null!;
    private PullRequestFixture fixture = null!;

    public async Task InitializeAsync()
    {
        github = await FakeGitHub.StartAsync();
        fixture = PullRequestFixture.Monorepo(github.Url);

        // One squashed pull request (#7) touching two components, pushed.
        fixture.Work.WriteFile("services/api/storage.py", "x\n").WriteFile("deploy/chart/storage.yaml", "x: 1\n").Commit("feat: add blob storage (#7)");
        fixture.Work.Git("push", "-q", "origin", "main");
    }

    public async Task DisposeAsync()
    {
        fixture.Dispose();
        await github.DisposeAsync();
    }

    private int RequestsFor7 => github.Log.Count(l => l.Contains("/pulls/7", StringComparison.Ordinal));

    [Fact]
    public void Release_asks_once_and_both_changelog_entries_of_the_release_commit_carry_the_description()
    {
        github.AddMergedPull(7, "feat: add blob storage", Description);

        var result = fixture.Run("release", "--pr-notes", "api");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        RequestsFor7.Should().Be(1);
        fixture.Work.Git("show", "HEAD:services/api/CHANGELOG.md").Should().Contain(Note).And.NotContain("add blob storage");
        fixture.Work.Git("show", "HEAD:deploy/chart/CHANGELOG.md").Should().Contain(Note).And.NotContain("add blob storage");
        fixture.Work.Git("log", "-1", "--format=%s").Should().StartWith("chore(release): api 1.3.0, chart 3.1.0");
        fixture.Work.Git("cat-file", "-p", "chart-v3.1.0").Should().Contain(Note);
        fixture.Work.Git("status", "--porcelain").Should().BeEmpty();
    }

    [Fact]
    public void Release_with_a_pull_request_the_forge_does_not_have_warns_once_and_uses_the_commit_text_in_both()
    {
        var result = fixture.Run("release", "--pr-notes", "api");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().Be("steward: warning: pull request #7 is not on GitHub (404): its notes use the commit text\n");
        RequestsFor7.Should().Be(1);
        fixture.Work.Git("show", "HEAD:services/api/CHANGELOG.md").Should().Contain("add blob storage");
        fixture.Work.Git("show", "HEAD:deploy/chart/CHANGELOG.md").Should().Contain("add blob storage");
    }

    [Fact]
    public void Release_without_a_token_warns_once_for_every_component()
    {
        github.AddMergedPull(7, "feat: add blob storage", Description);
        fixture.Environment["GITHUB_TOKEN"] = null;

        var result = fixture.Run("release", "--pr-notes", "api");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle()
            .Which.Should().StartWith("steward: warning: pull request descriptions not read from the forge (--pr-notes api): ");
        RequestsFor7.Should().Be(0);
        fixture.Work.Git("show", "HEAD:services/api/CHANGELOG.md").Should().Contain("add blob storage").And.NotContain(Note);
    }

    [Fact]
    public void Pr_asks_once_and_the_release_commit_and_the_body_carry_the_description_for_both_components()
    {
        github.AddMergedPull(7, "feat: add blob storage", Description);

        var result = fixture.Run("pr", "--pr-notes", "api");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        RequestsFor7.Should().Be(1);
        const string Head = PullRequestFixture.Head;
        fixture.RemoteFile(Head, "services/api/CHANGELOG.md").Should().Contain(Note).And.NotContain("add blob storage");
        fixture.RemoteFile(Head, "deploy/chart/CHANGELOG.md").Should().Contain(Note).And.NotContain("add blob storage");
        var pull = github.Pulls.Single(p => p.Head == Head);
        pull.Body.Should().Contain("## api 1.3.0").And.Contain("## chart 3.1.0").And.NotContain("add blob storage");
        pull.Body.Split(Note).Length.Should().Be(3, "the description is in both components' notes");
    }
}

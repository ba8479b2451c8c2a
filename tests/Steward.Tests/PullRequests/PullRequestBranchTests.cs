using FluentAssertions;
using Steward.Tests.Forge;
using Xunit;

namespace Steward.Tests.PullRequests;

/// <summary>What humans push to the release branch survives a rebuild: commits are replayed, changelog edits merged, conflicts stop.</summary>
public sealed class PullRequestBranchTests : IAsyncLifetime
{
    private FakeGitHub github = null!;
    private PullRequestFixture fixture = null!;

    public async Task InitializeAsync()
    {
        github = await FakeGitHub.StartAsync();
        fixture = PullRequestFixture.Create(github.Url);
    }

    public async Task DisposeAsync()
    {
        fixture.Dispose();
        await github.DisposeAsync();
    }

    [Fact]
    public void A_human_commit_on_the_release_branch_is_replayed_on_the_rebuilt_release()
    {
        fixture.Run("pr").ExitCode.Should().Be(0);
        var human = fixture.PushToReleaseBranch("docs: upgrade notes", repo => repo.WriteFile("UPGRADING.md", "read me first\n"));
        fixture.PushToBase("fix: a late fix", "fix.txt", "fixed\n");
        var newBase = fixture.Work.Git("rev-parse", "HEAD").Trim();

        var result = fixture.Run("pr");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("1 commit(s) from the branch replayed");
        var head = PullRequestFixture.Head;
        fixture.RemoteFile(head, "UPGRADING.md").Should().Be("read me first\n");
        fixture.Remote.Git("log", "-1", "--format=%s", head).Trim().Should().Be("docs: upgrade notes");
        fixture.Remote.Git("rev-parse", head + "~2").Trim().Should().Be(newBase);
        fixture.Remote.Git("log", "-1", "--format=%B", head + "~1").Should().Contain("Steward-Base: " + newBase);
        fixture.Remote.Git("rev-parse", head).Trim().Should().NotBe(human, "the human commit is replayed as a new one on the new base");
    }

    [Fact]
    public void A_human_edit_of_the_changelog_entry_is_kept_through_a_rebuild()
    {
        fixture.Run("pr").ExitCode.Should().Be(0);
        fixture.PushToReleaseBranch("docs: word the release", repo =>
            repo.WriteFile("CHANGELOG.md", repo.ReadFile("CHANGELOG.md").Replace("### Features", "A release worth having.\n\n### Features", StringComparison.Ordinal)));
        fixture.PushToBase("fix: a late fix", "fix.txt", "fixed\n");

        var result = fixture.Run("pr");

        result.ExitCode.Should().Be(0, result.Error);
        var changelog = fixture.RemoteFile(PullRequestFixture.Head, "CHANGELOG.md");
        changelog.Should().Contain("A release worth having.").And.Contain("a late fix").And.Contain("feature one");
        github.Pulls.Should().ContainSingle().Which.Body.Should().Contain("A release worth having.");
    }

    [Fact]
    public void A_human_changelog_edit_that_conflicts_with_the_rebuilt_entry_stops_with_one_line_and_pushes_nothing()
    {
        fixture.Run("pr").ExitCode.Should().Be(0);
        fixture.PushToReleaseBranch("docs: reword feature one", repo =>
            repo.WriteFile("CHANGELOG.md", repo.ReadFile("CHANGELOG.md").Replace("- feature one", "- the first feature, reworded", StringComparison.Ordinal)));
        var tip = fixture.RemoteSha(PullRequestFixture.Head);
        var body = github.Pulls[0].Body;

        // The rebuilt entry gains a line right next to the edited one: the same lines changed on both sides.
        fixture.PushToBase("feat: feature two", "two.txt", "two\n");
        var result = fixture.Run("pr");

        result.ExitCode.Should().Be(1);
        result.Error.Trim().Split('\n').Should().ContainSingle();
        result.Error.Should().StartWith("steward: error: ").And.Contain("CHANGELOG.md").And.Contain("conflicts with the rebuilt release entry").And.Contain("nothing was pushed");
        fixture.RemoteSha(PullRequestFixture.Head).Should().Be(tip);
        github.Pulls[0].Body.Should().Be(body);
    }
}

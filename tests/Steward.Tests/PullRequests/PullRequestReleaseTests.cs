using FluentAssertions;
using Steward.Tests.Forge;
using Xunit;

namespace Steward.Tests.PullRequests;

/// <summary>After the release pull request is merged, steward release tags the merged commit: no second commit.</summary>
public sealed class PullRequestReleaseTests : IAsyncLifetime
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
    public void Merge_then_release_tags_the_merge_commit_makes_no_commit_and_labels_the_pull_request()
    {
        fixture.Run("pr").ExitCode.Should().Be(0);
        var merge = Merge("--no-ff");
        var pr = fixture.Run("pr");
        pr.ExitCode.Should().Be(3, pr.Error);
        pr.Error.Should().Contain("already carries 1.1.0");

        var result = fixture.Run("release", "--push");

        result.ExitCode.Should().Be(0, result.Error);
        fixture.Work.Git("rev-parse", "HEAD").Trim().Should().Be(merge, "the release makes no commit of its own");
        fixture.Remote.Git("rev-parse", "v1.1.0^{commit}").Trim().Should().Be(merge);
        fixture.Remote.Git("tag", "--list", "v*").Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal("v1.0.0", "v1.1.0");
        fixture.RemoteSha("main").Should().Be(merge);
        github.Pulls[0].Labels.Should().Equal("release: tagged");
    }

    [Fact]
    public void Squash_then_release_tags_the_squashed_commit()
    {
        fixture.Run("pr").ExitCode.Should().Be(0);
        var squash = Squash();

        var result = fixture.Run("release", "--push");

        result.ExitCode.Should().Be(0, result.Error);
        fixture.Work.Git("rev-parse", "HEAD").Trim().Should().Be(squash);
        fixture.Remote.Git("rev-parse", "v1.1.0^{commit}").Trim().Should().Be(squash);
        fixture.Remote.Git("cat-file", "-p", "v1.1.0").Should().Contain("feature one");
        github.Pulls[0].Labels.Should().Contain("release: tagged");
    }

    [Fact]
    public void Rebase_then_release_tags_the_replayed_release_commit_with_no_second_commit()
    {
        fixture.Run("pr").ExitCode.Should().Be(0);
        var built = fixture.RemoteSha(PullRequestFixture.Head);
        var rebased = Rebase();
        rebased.Should().NotBe(built, "a rebase merge replays the release commit as a new commit");

        var result = fixture.Run("release", "--push");

        result.ExitCode.Should().Be(0, result.Error);
        fixture.Work.Git("rev-parse", "HEAD").Trim().Should().Be(rebased, "the release makes no commit of its own");
        fixture.Remote.Git("rev-parse", "v1.1.0^{commit}").Trim().Should().Be(rebased);
        fixture.Remote.Git("tag", "--list", "v*").Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal("v1.0.0", "v1.1.0");
        fixture.RemoteSha("main").Should().Be(rebased);
        github.Pulls[0].Labels.Should().Equal("release: tagged");
    }

    [Fact]
    public void Commits_that_landed_after_the_last_rebuild_refuse_the_release_unless_allowed()
    {
        fixture.Run("pr").ExitCode.Should().Be(0);
        fixture.PushToBase("fix: landed after the rebuild", "late.txt", "late\n");
        var merge = Merge("--no-ff");

        var refused = fixture.Run("release", "--push");

        refused.ExitCode.Should().Be(1);
        refused.Error.Should().Contain("1 commit(s) landed on 'main' after the release pull request was last built").And.Contain("landed after the rebuild").And.Contain("--allow-unlisted");
        fixture.Remote.Git("tag", "--list", "v1.1.0").Should().BeEmpty();

        var allowed = fixture.Run("release", "--push", "--allow-unlisted");

        allowed.ExitCode.Should().Be(0, allowed.Error);
        fixture.Remote.Git("rev-parse", "v1.1.0^{commit}").Trim().Should().Be(merge);
    }

    /// <summary>GitHub's merge button: a merge commit of the release branch into main, pushed; the pull request closed as merged.</summary>
    private string Merge(string mode)
    {
        var work = fixture.Work;
        work.Git("fetch", "-q", "origin");
        work.Git("merge", "-q", mode, "-m", "Merge pull request #1 from acme/steward/release/main", "origin/" + PullRequestFixture.Head);
        work.Git("push", "-q", "origin", "main");
        github.MarkMerged(github.Pulls[0]);
        return work.Git("rev-parse", "HEAD").Trim();
    }

    /// <summary>GitHub's rebase merge: each commit of the pull request replayed on main (a new committer date, so a new sha).</summary>
    private string Rebase()
    {
        var work = fixture.Work;
        work.Git("fetch", "-q", "origin");
        work.GitWith(new Dictionary<string, string?> { ["GIT_COMMITTER_DATE"] = "2026-11-23T10:00:00Z" }, "cherry-pick", "origin/" + PullRequestFixture.Head);
        work.Git("push", "-q", "origin", "main");
        github.MarkMerged(github.Pulls[0]);
        return work.Git("rev-parse", "HEAD").Trim();
    }

    /// <summary>GitHub's squash: one commit with the pull request's title and (one commit) that commit's body.</summary>
    private string Squash()
    {
        var work = fixture.Work;
        work.Git("fetch", "-q", "origin");
        var body = work.Git("log", "-1", "--format=%b", "origin/" + PullRequestFixture.Head);
        work.Git("merge", "-q", "--squash", "origin/" + PullRequestFixture.Head);
        work.Git("commit", "-q", "-m", "chore(main): release 1.1.0 (#1)\n\n" + body);
        work.Git("push", "-q", "origin", "main");
        github.MarkMerged(github.Pulls[0]);
        return work.Git("rev-parse", "HEAD").Trim();
    }
}

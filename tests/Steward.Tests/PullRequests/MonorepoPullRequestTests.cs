using System.Text.Json;
using FluentAssertions;
using Steward.Tests.Forge;
using Xunit;

namespace Steward.Tests.PullRequests;

/// <summary>
/// steward pr in a monorepo (pr.split: none): one release pull request for every releasing component (api 1.3.0 from a
/// feature, chart 3.0.1 from a fix), the commit steward release would make; after the merge, steward release tags each
/// component on the merged commit and makes no commit.
/// </summary>
public sealed class MonorepoPullRequestTests : IAsyncLifetime
{
    private const string Head = PullRequestFixture.Head;

    private FakeGitHub github = null!;
    private PullRequestFixture fixture = null!;

    public async Task InitializeAsync()
    {
        github = await FakeGitHub.StartAsync();
        fixture = PullRequestFixture.Monorepo(github.Url);
    }

    public async Task DisposeAsync()
    {
        fixture.Dispose();
        await github.DisposeAsync();
    }

    [Fact]
    public void Pr_opens_one_pull_request_with_every_releasing_component_in_one_release_commit()
    {
        var mainBefore = fixture.Work.Git("rev-parse", "HEAD").Trim();

        var result = fixture.Run("pr");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("opened pull request #1");
        fixture.RemoteFile(Head, "services/api/VERSION").Should().Be("1.3.0\n");
        fixture.RemoteFile(Head, "services/api/pyproject.toml").Should().Contain("version = \"1.3.0\"");
        fixture.RemoteFile(Head, "services/api/CHANGELOG.md").Should().Contain("## 1.3.0 - ").And.Contain("add an endpoint");
        fixture.RemoteFile(Head, "deploy/chart/VERSION").Should().Be("3.0.1\n");
        fixture.RemoteFile(Head, "deploy/chart/CHANGELOG.md").Should().Contain("## 3.0.1 - ").And.Contain("mend the values");
        fixture.RemoteFile(Head, "apps/web/VERSION").Should().Be("0.4.0\n", "web has nothing to release");
        fixture.Remote.Git("rev-parse", Head + "^").Trim().Should().Be(mainBefore);
        var message = fixture.Remote.Git("log", "-1", "--format=%B", Head);
        message.Should().StartWith("chore(release): api 1.3.0, chart 3.0.1").And.Contain("Steward-Base: " + mainBefore);

        var pull = github.Pulls.Should().ContainSingle().Subject;
        pull.Title.Should().Be("chore(main): release api 1.3.0, chart 3.0.1");
        pull.Head.Should().Be(Head);
        pull.Body.Should().Contain("## api 1.3.0").And.Contain("add an endpoint").And.Contain("## chart 3.0.1").And.Contain("mend the values");
        pull.Body.Should().Contain($"<!-- steward:release base={mainBefore} version=api@1.3.0,chart@3.0.1 head={fixture.RemoteSha(Head)} -->");
        pull.Labels.Should().Equal("release: pending");
        fixture.Remote.Git("tag", "--list", "api-v1.3.0", "chart-v3.0.1").Should().BeEmpty();
        fixture.Work.Git("status", "--porcelain").Should().BeEmpty();
        fixture.Work.ReadFile("services/api/VERSION").Should().Be("1.2.0\n");
    }

    [Fact]
    public void A_rerun_without_changes_updates_nothing_and_one_after_a_push_to_the_base_updates_it()
    {
        fixture.Run("pr").ExitCode.Should().Be(0);
        var tip = fixture.RemoteSha(Head);
        var writes = github.Writes.Count();

        var again = fixture.Run("pr");

        again.ExitCode.Should().Be(0, again.Error);
        again.Out.Should().Contain("nothing pushed").And.Contain("pull request #1 is up to date: no update");
        fixture.RemoteSha(Head).Should().Be(tip);
        github.Writes.Count().Should().Be(writes);

        fixture.PushToBase("feat(web): a new page", "apps/web/page.js", "page\n");
        var newBase = fixture.Work.Git("rev-parse", "HEAD").Trim();

        var updated = fixture.Run("pr");

        updated.ExitCode.Should().Be(0, updated.Error);
        updated.Out.Should().Contain("updated pull request #1");
        fixture.Remote.Git("rev-parse", Head + "^").Trim().Should().Be(newBase);
        fixture.RemoteFile(Head, "apps/web/VERSION").Should().Be("0.5.0\n");
        var pull = github.Pulls.Should().ContainSingle().Subject;
        pull.Title.Should().Be("chore(main): release api 1.3.0, web 0.5.0, chart 3.0.1");
        pull.Body.Should().Contain("## web 0.5.0").And.Contain("a new page").And.Contain($"base={newBase} version=api@1.3.0,web@0.5.0,chart@3.0.1");
    }

    [Fact]
    public void A_dry_run_as_json_is_the_plan_of_the_one_pull_request_and_writes_nothing()
    {
        var result = fixture.Run("pr", "--dry-run", "--json");

        result.ExitCode.Should().Be(0, result.Error);
        using var document = JsonDocument.Parse(result.Out);
        var root = document.RootElement;
        root.GetProperty("verb").GetString().Should().Be("pr");
        root.GetProperty("version").GetString().Should().Be("api 1.3.0, chart 3.0.1");
        root.GetProperty("tag").GetString().Should().Be("api-v1.3.0, chart-v3.0.1");
        root.GetProperty("branch").GetString().Should().Be(Head);
        root.GetProperty("pullRequest").GetProperty("action").GetString().Should().Be("create");
        fixture.Remote.Git("branch", "--list", Head).Should().BeEmpty();
        github.Pulls.Should().BeEmpty();
    }

    [Fact]
    public void Merge_then_release_tags_each_component_on_the_merge_commit_and_makes_no_commit()
    {
        fixture.Run("pr").ExitCode.Should().Be(0);
        var merge = ForgeMergeButton.Merge(fixture, github, github.Pulls[0]);
        var pr = fixture.Run("pr");
        pr.ExitCode.Should().Be(3, pr.Error);
        pr.Error.Should().Contain("already carries api 1.3.0, chart 3.0.1");

        var result = fixture.Run("release", "--push");

        result.ExitCode.Should().Be(0, result.Error);
        fixture.Work.Git("rev-parse", "HEAD").Trim().Should().Be(merge, "the release makes no commit of its own");
        fixture.RemoteSha("main").Should().Be(merge);
        fixture.Remote.Git("rev-parse", "api-v1.3.0^{commit}").Trim().Should().Be(merge);
        fixture.Remote.Git("rev-parse", "chart-v3.0.1^{commit}").Trim().Should().Be(merge);
        fixture.Remote.Git("tag", "--list", "web-v*").Trim().Should().Be("web-v0.4.0");
        fixture.Remote.Git("cat-file", "-p", "api-v1.3.0").Should().Contain("add an endpoint");
        github.Pulls[0].Labels.Should().Equal("release: tagged");
    }

    [Fact]
    public void Squash_then_release_tags_each_component_on_the_squashed_commit()
    {
        fixture.Run("pr").ExitCode.Should().Be(0);
        var squash = ForgeMergeButton.Squash(fixture, github, github.Pulls[0]);

        var result = fixture.Run("release", "--push");

        result.ExitCode.Should().Be(0, result.Error);
        fixture.Work.Git("rev-parse", "HEAD").Trim().Should().Be(squash);
        fixture.Remote.Git("rev-parse", "api-v1.3.0^{commit}").Trim().Should().Be(squash);
        fixture.Remote.Git("rev-parse", "chart-v3.0.1^{commit}").Trim().Should().Be(squash);
        fixture.Remote.Git("cat-file", "-p", "chart-v3.0.1").Should().Contain("mend the values");
    }

    [Fact]
    public void A_commit_touching_a_component_after_the_last_rebuild_refuses_the_release_unless_allowed()
    {
        fixture.Run("pr").ExitCode.Should().Be(0);
        fixture.PushToBase("docs: outside every component", "docs/more.md", "more\n");
        fixture.PushToBase("fix(api): landed after the rebuild", "services/api/late.py", "late\n");
        var merge = ForgeMergeButton.Merge(fixture, github, github.Pulls[0]);

        var refused = fixture.Run("release", "--push");

        refused.ExitCode.Should().Be(1);
        refused.Error.Should().Contain("1 commit(s) landed on 'main' after the release pull request was last built").And.Contain("landed after the rebuild").And.Contain("--allow-unlisted");
        fixture.Remote.Git("tag", "--list", "api-v1.3.0").Should().BeEmpty();

        var allowed = fixture.Run("release", "--push", "--allow-unlisted");

        allowed.ExitCode.Should().Be(0, allowed.Error);
        fixture.Remote.Git("rev-parse", "api-v1.3.0^{commit}").Trim().Should().Be(merge);
        fixture.Remote.Git("rev-parse", "chart-v3.0.1^{commit}").Trim().Should().Be(merge);
    }
}

using FluentAssertions;
using Steward.Tests.Forge;
using Xunit;

namespace Steward.Tests.PullRequests;

/// <summary>
/// steward pr on Gitea (and Forgejo): the release pull request found by head branch and marker among all pull requests
/// (Gitea's list has no head filter), the labels added by id and made first when the repository lacks them, reruns that
/// update in place, the release after the merge, 5xx and 429 handled as publish handles them, and pr.dispatch refused.
/// </summary>
public sealed class PullRequestGiteaTests : IAsyncLifetime
{
    private const string Head = PullRequestFixture.Head;

    private FakeGitea gitea = null!;
    private PullRequestFixture fixture = null!;

    public async Task InitializeAsync()
    {
        gitea = await FakeGitea.StartAsync();
        fixture = PullRequestFixture.Create(gitea.Api, type: "gitea");
        fixture.Environment.Remove("GITHUB_TOKEN");
        fixture.Environment["GITEA_TOKEN"] = FakeGitea.Token;
    }

    public async Task DisposeAsync()
    {
        fixture.Dispose();
        await gitea.DisposeAsync();
    }

    [Fact]
    public void Pr_opens_the_pull_request_and_makes_the_missing_label_before_adding_it_by_id()
    {
        var mainBefore = fixture.Work.Git("rev-parse", "HEAD").Trim();

        var result = fixture.Run("pr");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("opened pull request #1");
        fixture.RemoteFile(Head, "VERSION").Should().Be("1.1.0\n");
        var pull = gitea.Pulls.Should().ContainSingle().Subject;
        pull.Title.Should().Be("chore(main): release 1.1.0");
        pull.Head.Should().Be(Head);
        pull.Base.Should().Be("main");
        pull.Body.Should().Contain("feature one").And.Contain($"<!-- steward:release base={mainBefore} version=1.1.0 head={fixture.RemoteSha(Head)} -->");
        pull.Labels.Should().Equal("release: pending");
        gitea.Labels.Select(l => l.Name).Should().Equal("release: pending");
        gitea.Writes.Should().Equal(
            "POST /api/v1/repos/acme/demo/pulls -> 201",
            "POST /api/v1/repos/acme/demo/labels -> 201",
            "POST /api/v1/repos/acme/demo/issues/1/labels -> 200");
    }

    [Fact]
    public void An_existing_label_is_used_by_its_id_and_not_made_again()
    {
        gitea.Labels.Add((42, "release: pending"));

        fixture.Run("pr").ExitCode.Should().Be(0);

        gitea.Labels.Should().ContainSingle();
        gitea.Pulls[0].Labels.Should().Equal("release: pending");
        gitea.Writes.Should().NotContain(w => w.StartsWith("POST /api/v1/repos/acme/demo/labels", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rerun_without_changes_writes_nothing_and_one_after_a_base_push_updates_the_same_pull_request()
    {
        fixture.Run("pr").ExitCode.Should().Be(0);
        var writes = gitea.Writes.Count();

        var again = fixture.Run("pr");

        again.ExitCode.Should().Be(0, again.Error);
        again.Out.Should().Contain("pull request #1 is up to date: no update");
        gitea.Writes.Count().Should().Be(writes);

        fixture.PushToBase("fix: a late fix", "fix.txt", "fixed\n");
        var newBase = fixture.Work.Git("rev-parse", "HEAD").Trim();
        var updated = fixture.Run("pr");

        updated.ExitCode.Should().Be(0, updated.Error);
        updated.Out.Should().Contain("updated pull request #1");
        gitea.Pulls.Should().ContainSingle().Which.Body.Should().Contain("a late fix").And.Contain($"base={newBase}");
        gitea.Writes.Should().Contain("PATCH /api/v1/repos/acme/demo/pulls/1 -> 201");
    }

    [Fact]
    public void A_removed_label_does_not_strand_the_pull_request_and_a_forks_branch_of_the_same_name_is_not_it()
    {
        fixture.Run("pr").ExitCode.Should().Be(0);
        gitea.Pulls[0].Labels.Clear();
        gitea.AddForkPull(Head, "main");
        fixture.PushToBase("fix: another fix", "fix.txt", "fixed\n");

        var result = fixture.Run("pr");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("updated pull request #1");
        gitea.Pulls.Where(p => !p.Fork).Should().ContainSingle().Which.Body.Should().Contain("another fix");
        gitea.Pulls[0].Labels.Should().Equal("release: pending");
        gitea.Pulls[1].Body.Should().BeEmpty("the fork's pull request is not touched");
    }

    [Fact]
    public void Merge_then_release_tags_the_merge_commit_with_no_second_commit_and_labels_it_tagged()
    {
        fixture.Run("pr").ExitCode.Should().Be(0);
        var work = fixture.Work;
        work.Git("fetch", "-q", "origin");
        work.Git("merge", "-q", "--no-ff", "-m", $"Merge pull request 'chore(main): release 1.1.0' (#1) from {Head} into main", "origin/" + Head);
        work.Git("push", "-q", "origin", "main");
        gitea.MarkMerged(gitea.Pulls[0]);
        var merge = work.Git("rev-parse", "HEAD").Trim();

        var result = fixture.Run("release", "--push");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("labelled pull request #1 'release: tagged'");
        work.Git("rev-parse", "HEAD").Trim().Should().Be(merge, "the release makes no commit of its own");
        fixture.Remote.Git("rev-parse", "v1.1.0^{commit}").Trim().Should().Be(merge);
        gitea.Pulls[0].Labels.Should().Equal("release: tagged");
        gitea.Labels.Select(l => l.Name).Should().Equal("release: pending", "release: tagged");
    }

    [Fact]
    public void A_5xx_on_the_create_after_the_push_is_finished_by_a_rerun_without_a_second_pull_request()
    {
        gitea.Inject(new FakeForgeFault("POST", "/pulls", 500));

        var failed = fixture.Run("pr");

        failed.ExitCode.Should().Be(1);
        failed.Error.Should().Contain($"pushed '{Head}', but the release pull request was not opened or updated").And.Contain("Gitea").And.Contain("rerun steward pr");
        var tip = fixture.RemoteSha(Head);
        gitea.Pulls.Should().BeEmpty();

        var rerun = fixture.Run("pr");

        rerun.ExitCode.Should().Be(0, rerun.Error);
        fixture.RemoteSha(Head).Should().Be(tip);
        gitea.Pulls.Should().ContainSingle().Which.Body.Should().Contain($"head={tip}");
    }

    [Fact]
    public void A_rate_limit_is_waited_out_on_the_clock_and_the_run_completes()
    {
        gitea.Inject(new FakeForgeFault("POST", "/labels", 429) { Headers = new Dictionary<string, string> { ["Retry-After"] = "90" } });

        var result = fixture.Run("pr");

        result.ExitCode.Should().Be(0, result.Error);
        fixture.Clock.Waits.Should().Equal(TimeSpan.FromSeconds(90));
        gitea.Labels.Should().ContainSingle("the refused create was sent again once, not twice");
        gitea.Pulls[0].Labels.Should().Equal("release: pending");
    }

    [Fact]
    public void Pr_dispatch_is_refused_naming_the_key_before_any_call_or_push()
    {
        fixture.Work.WriteFile("steward.yml", fixture.Work.ReadFile("steward.yml") + "pr:\n  dispatch: ci.yml\n");
        fixture.Work.Commit("chore: dispatch");
        fixture.Work.Git("push", "-q", "origin", "main");

        var result = fixture.Run("pr");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("steward: error: steward.yml: pr.dispatch starts a GitHub Actions workflow, and the forge is gitea,");
        gitea.Log.Should().BeEmpty();
        fixture.Remote.Git("branch", "--list", Head).Should().BeEmpty();
    }
}

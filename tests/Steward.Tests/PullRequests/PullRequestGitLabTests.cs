using FluentAssertions;
using Steward.Tests.Forge;
using Xunit;

namespace Steward.Tests.PullRequests;

/// <summary>
/// steward pr on GitLab: the release merge request opened by source branch and marker, reruns that update it in place,
/// a removed label that does not strand it, the release after the merge (tag, no second commit, labelled
/// <c>release: tagged</c>), 5xx and 429 handled as publish handles them, and pr.dispatch refused.
/// </summary>
public sealed class PullRequestGitLabTests : IAsyncLifetime
{
    private const string Head = PullRequestFixture.Head;

    private FakeGitLab gitlab = null!;
    private PullRequestFixture fixture = null!;

    public async Task InitializeAsync()
    {
        gitlab = await FakeGitLab.StartAsync();
        fixture = PullRequestFixture.Create(gitlab.Api, type: "gitlab");
        fixture.Environment.Remove("GITHUB_TOKEN");
        fixture.Environment["GITLAB_TOKEN"] = FakeGitLab.Token;
    }

    public async Task DisposeAsync()
    {
        fixture.Dispose();
        await gitlab.DisposeAsync();
    }

    [Fact]
    public void Pr_opens_the_merge_request_with_the_notes_the_marker_and_the_pending_label()
    {
        var mainBefore = fixture.Work.Git("rev-parse", "HEAD").Trim();

        var result = fixture.Run("pr");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("opened merge request !1");
        fixture.RemoteFile(Head, "VERSION").Should().Be("1.1.0\n");
        var merge = gitlab.MergeRequests.Should().ContainSingle().Subject;
        merge.Title.Should().Be("chore(main): release 1.1.0");
        merge.Head.Should().Be(Head);
        merge.Base.Should().Be("main");
        merge.Body.Should().Contain("feature one").And.Contain($"<!-- steward:release base={mainBefore} version=1.1.0 head={fixture.RemoteSha(Head)} -->");
        merge.Labels.Should().Equal("release: pending");
        gitlab.Labels.Should().Contain("release: pending", "GitLab makes a label it does not know");
        gitlab.Log.Should().Contain(l => l.StartsWith($"GET /api/v4/projects/acme%2Fdemo/merge_requests?state=all&source_branch={Uri.EscapeDataString(Head)}&per_page=100&page=1 -> 200", StringComparison.Ordinal))
            .And.Contain("POST /api/v4/projects/acme%2Fdemo/merge_requests -> 201")
            .And.Contain("PUT /api/v4/projects/acme%2Fdemo/merge_requests/1 -> 200");
        fixture.Remote.Git("tag", "--list", "v1.1.0").Should().BeEmpty();
    }

    [Fact]
    public void A_rerun_without_changes_writes_nothing_and_one_after_a_base_push_updates_the_same_merge_request()
    {
        fixture.Run("pr").ExitCode.Should().Be(0);
        var writes = gitlab.Writes.Count();

        var again = fixture.Run("pr");

        again.ExitCode.Should().Be(0, again.Error);
        again.Out.Should().Contain("merge request !1 is up to date: no update");
        gitlab.Writes.Count().Should().Be(writes);

        fixture.PushToBase("fix: a late fix", "fix.txt", "fixed\n");
        var newBase = fixture.Work.Git("rev-parse", "HEAD").Trim();
        var updated = fixture.Run("pr");

        updated.ExitCode.Should().Be(0, updated.Error);
        updated.Out.Should().Contain("updated merge request !1");
        var merge = gitlab.MergeRequests.Should().ContainSingle().Subject;
        merge.Body.Should().Contain("a late fix").And.Contain($"base={newBase}");
        fixture.Remote.Git("rev-parse", Head + "^").Trim().Should().Be(newBase);
    }

    [Fact]
    public void A_removed_label_does_not_strand_the_merge_request_and_a_forks_branch_of_the_same_name_is_not_it()
    {
        fixture.Run("pr").ExitCode.Should().Be(0);
        gitlab.MergeRequests[0].Labels.Clear();
        gitlab.AddForkMergeRequest(Head, "main");
        fixture.PushToBase("fix: another fix", "fix.txt", "fixed\n");

        var result = fixture.Run("pr");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("updated merge request !1");
        gitlab.MergeRequests.Where(m => !m.Fork).Should().ContainSingle().Which.Body.Should().Contain("another fix");
        gitlab.MergeRequests[0].Labels.Should().Equal("release: pending");
        gitlab.MergeRequests[1].Body.Should().BeEmpty("the fork's merge request is not touched");
    }

    [Fact]
    public void Merge_then_release_tags_the_merge_commit_with_no_second_commit_and_labels_it_tagged()
    {
        fixture.Run("pr").ExitCode.Should().Be(0);
        var work = fixture.Work;
        work.Git("fetch", "-q", "origin");
        work.Git("merge", "-q", "--no-ff", "-m", $"Merge branch '{Head}' into 'main'\n\nchore(main): release 1.1.0\n\nSee merge request acme/demo!1", "origin/" + Head);
        work.Git("push", "-q", "origin", "main");
        gitlab.MarkMerged(gitlab.MergeRequests[0]);
        var merge = work.Git("rev-parse", "HEAD").Trim();

        var result = fixture.Run("release", "--push");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("labelled merge request !1 'release: tagged'");
        work.Git("rev-parse", "HEAD").Trim().Should().Be(merge, "the release makes no commit of its own");
        fixture.Remote.Git("rev-parse", "v1.1.0^{commit}").Trim().Should().Be(merge);
        gitlab.MergeRequests[0].Labels.Should().Equal("release: tagged");
    }

    [Fact]
    public void A_5xx_on_the_create_after_the_push_is_finished_by_a_rerun_without_a_second_merge_request()
    {
        gitlab.Inject(new FakeForgeFault("POST", "/merge_requests", 502));

        var failed = fixture.Run("pr");

        failed.ExitCode.Should().Be(1);
        failed.Error.Should().Contain($"pushed '{Head}', but the release merge request was not opened or updated").And.Contain("GitLab").And.Contain("rerun steward pr");
        var tip = fixture.RemoteSha(Head);
        gitlab.MergeRequests.Should().BeEmpty();

        var rerun = fixture.Run("pr");

        rerun.ExitCode.Should().Be(0, rerun.Error);
        fixture.RemoteSha(Head).Should().Be(tip);
        gitlab.MergeRequests.Should().ContainSingle().Which.Body.Should().Contain($"head={tip}");
    }

    [Fact]
    public void A_rate_limit_is_waited_out_on_the_clock_and_the_run_completes()
    {
        gitlab.Inject(new FakeForgeFault("GET", "/merge_requests", 429) { Headers = new Dictionary<string, string> { ["Retry-After"] = "75" } });

        var result = fixture.Run("pr");

        result.ExitCode.Should().Be(0, result.Error);
        fixture.Clock.Waits.Should().Equal(TimeSpan.FromSeconds(75));
        gitlab.MergeRequests.Should().ContainSingle();
    }

    [Fact]
    public void Pr_dispatch_is_refused_naming_the_key_before_any_call_or_push()
    {
        fixture.Work.WriteFile("steward.yml", fixture.Work.ReadFile("steward.yml") + "pr:\n  dispatch: ci.yml\n");
        fixture.Work.Commit("chore: dispatch");
        fixture.Work.Git("push", "-q", "origin", "main");

        var result = fixture.Run("pr");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: steward.yml: pr.dispatch starts a GitHub Actions workflow, and the forge is gitlab, whose CI starts on the push to the release branch by itself; remove pr.dispatch\n");
        gitlab.Log.Should().BeEmpty();
        fixture.Remote.Git("branch", "--list", Head).Should().BeEmpty();
    }

    [Fact]
    public void A_dry_run_lists_the_merge_request_create_and_writes_nothing()
    {
        var result = fixture.Run("pr", "--dry-run", "--json");

        result.ExitCode.Should().Be(0, result.Error);
        using var document = System.Text.Json.JsonDocument.Parse(result.Out);
        var calls = document.RootElement.GetProperty("calls").EnumerateArray().Select(c => $"{c.GetProperty("method").GetString()} {c.GetProperty("url").GetString()}").ToList();
        calls.Should().Contain(c => c.StartsWith("POST ", StringComparison.Ordinal) && c.EndsWith("/api/v4/projects/acme%2Fdemo/merge_requests", StringComparison.Ordinal));
        gitlab.Writes.Should().BeEmpty();
    }

    [Fact]
    public void Text_says_merge_request_bang_n_and_json_keeps_the_pull_request_keys()
    {
        var json = fixture.Run("pr", "--json");

        json.ExitCode.Should().Be(0, json.Error);
        using (var document = System.Text.Json.JsonDocument.Parse(json.Out))
        {
            var pull = document.RootElement.GetProperty("pullRequest");
            pull.EnumerateObject().Select(p => p.Name).Should().Equal("action", "number", "url", "title", "body");
            pull.GetProperty("action").GetString().Should().Be("create");
            pull.GetProperty("number").GetInt64().Should().Be(1);
        }

        fixture.PushToBase("fix: a late fix", "fix.txt", "fixed\n");
        var dryRun = fixture.Run("pr", "--dry-run");

        dryRun.ExitCode.Should().Be(0, dryRun.Error);
        dryRun.Out.Should().Contain("would update merge request !1").And.Contain("forge: update merge request !1 (title and body; PUT ")
            .And.NotContain("pull request #");
    }
}

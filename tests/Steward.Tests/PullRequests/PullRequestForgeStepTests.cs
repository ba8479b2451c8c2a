using System.Text.Json;
using FluentAssertions;
using Steward.Tests.Forge;
using Xunit;

namespace Steward.Tests.PullRequests;

/// <summary>
/// steward pr's forge part runs as steps of its plan after the push: a dry run lists them, a forge failure after the
/// push leaves the journal, --continue finishes only what is left, --abort says what the remote has.
/// </summary>
public sealed class PullRequestForgeStepTests : IAsyncLifetime
{
    private const string Head = PullRequestFixture.Head;

    private FakeGitHub github = null!;
    private PullRequestFixture fixture = null!;

    /// <summary>The fake's writes without their status: "METHOD path".</summary>
    private IEnumerable<string> Writes => github.Writes.Select(w => w[..w.LastIndexOf(" -> ", StringComparison.Ordinal)]);

    private string JournalPath => Path.Combine(fixture.Work.Root, ".git", "steward", "journal.json");

    public async Task InitializeAsync()
    {
        github = await FakeGitHub.StartAsync();
        fixture = PullRequestFixture.Create(github.Url, "pr:\n  dispatch: ci.yml\n");

        // The release commit is built anew by each run: a pinned date makes the dry run's commit the real run's.
        fixture.Environment["GIT_AUTHOR_DATE"] = "2026-01-02T03:04:05Z";
        fixture.Environment["GIT_COMMITTER_DATE"] = "2026-01-02T03:04:05Z";
    }

    public async Task DisposeAsync()
    {
        fixture.Dispose();
        await github.DisposeAsync();
    }

    [Fact]
    public void The_dry_run_lists_the_forge_steps_after_the_push_and_its_steps_are_the_real_runs()
    {
        var dryRun = fixture.Run("pr", "--dry-run", "--json");
        dryRun.ExitCode.Should().Be(0, dryRun.Error);
        Writes.Should().BeEmpty();

        var real = fixture.Run("pr", "--json");

        real.ExitCode.Should().Be(0, real.Error);
        var planned = Steps(dryRun.Out);
        planned.Should().Equal(Steps(real.Out));
        planned.Select(s => s.Split(' ')[0]).Should().Equal("git", "git", "forge", "forge", "forge");
        planned[2].Should().Be($"forge create-pull-request POST {github.Url.TrimEnd('/')}/repos/acme/demo/pulls");
        planned[3].Should().StartWith("forge label-pull-request POST ");
        planned[4].Should().Be($"forge dispatch-workflow POST {github.Url.TrimEnd('/')}/repos/acme/demo/actions/workflows/ci.yml/dispatches");
        github.Pulls.Should().ContainSingle().Which.Labels.Should().Equal("release: pending");
        Writes.Should().Equal(
            "POST /repos/acme/demo/pulls",
            "POST /repos/acme/demo/issues/1/labels",
            "POST /repos/acme/demo/actions/workflows/ci.yml/dispatches");
    }

    [Fact]
    public void The_text_dry_run_prints_the_forge_steps()
    {
        var result = fixture.Run("pr", "--dry-run");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("forge: open the pull request 'chore(main): release 1.1.0' from 'steward/release/main' into 'main' (POST ")
            .And.Contain("forge: label the pull request 'release: pending' unless it has it")
            .And.Contain("forge: start the workflow 'ci.yml' on 'steward/release/main'");
    }

    [Fact]
    public void A_5xx_on_create_leaves_the_journal_and_continue_opens_one_pull_request_without_a_second_push()
    {
        github.Inject(new FakeGitHubFault("POST", "/pulls", 502));

        var failed = fixture.Run("pr");

        failed.ExitCode.Should().Be(1);
        failed.Error.Should().Contain($"pushed '{Head}', but the release pull request was not opened or updated").And.Contain("steward pr --continue");
        File.Exists(JournalPath).Should().BeTrue("the forge steps after the push are left for --continue");
        var tip = fixture.RemoteSha(Head);
        github.Pulls.Should().BeEmpty();

        var resumed = fixture.Run("pr", "--continue");

        resumed.ExitCode.Should().Be(0, resumed.Error);
        resumed.Out.Should().Contain($"opened pull request #1: ");
        File.Exists(JournalPath).Should().BeFalse();
        fixture.RemoteSha(Head).Should().Be(tip);
        resumed.Error.Should().NotContain("push", "the push the remote has is not sent again");
        var pull = github.Pulls.Should().ContainSingle().Subject;
        pull.Body.Should().Contain($"head={tip}");
        pull.Labels.Should().Equal("release: pending");
        Writes.Count(w => w == "POST /repos/acme/demo/pulls").Should().Be(2, "the failed create, then the one --continue made");
        Writes.Should().ContainSingle(w => w.EndsWith("/dispatches", StringComparison.Ordinal));
    }

    [Fact]
    public void A_create_whose_answer_is_lost_is_found_again_by_continue_and_not_made_twice()
    {
        github.Inject(new FakeGitHubFault("POST", "/pulls", 502) { AfterWork = true });

        fixture.Run("pr").ExitCode.Should().Be(1);
        github.Pulls.Should().ContainSingle();

        var resumed = fixture.Run("pr", "--continue");

        resumed.ExitCode.Should().Be(0, resumed.Error);
        resumed.Out.Should().Contain("pull request #1 is up to date: no update");
        github.Pulls.Should().ContainSingle().Which.Labels.Should().Equal("release: pending");
        Writes.Count(w => w == "POST /repos/acme/demo/pulls").Should().Be(1);
    }

    [Fact]
    public void A_422_on_create_leaves_the_journal_and_a_plain_rerun_finishes_too()
    {
        github.Inject(new FakeGitHubFault("POST", "/pulls", 422));

        var failed = fixture.Run("pr");

        failed.ExitCode.Should().Be(1);
        failed.Error.Should().Contain("422");
        File.Exists(JournalPath).Should().BeTrue();
        var tip = fixture.RemoteSha(Head);

        var rerun = fixture.Run("pr");

        rerun.ExitCode.Should().Be(0, rerun.Error);
        rerun.Out.Should().Contain("nothing pushed").And.Contain("opened pull request #1");
        fixture.RemoteSha(Head).Should().Be(tip);
        github.Pulls.Should().ContainSingle();
        File.Exists(JournalPath).Should().BeFalse();
    }

    [Fact]
    public void A_failed_label_after_the_create_is_finished_by_continue_without_a_second_create()
    {
        // A refusal (not retried, unlike a 5xx on this repeatable call).
        github.Inject(new FakeGitHubFault("POST", "/issues/1/labels", 422));

        var failed = fixture.Run("pr");

        failed.ExitCode.Should().Be(1);
        File.Exists(JournalPath).Should().BeTrue();
        github.Pulls.Should().ContainSingle().Which.Labels.Should().BeEmpty();

        var resumed = fixture.Run("pr", "--continue");

        resumed.ExitCode.Should().Be(0, resumed.Error);
        github.Pulls.Should().ContainSingle().Which.Labels.Should().Equal("release: pending");
        Writes.Count(w => w == "POST /repos/acme/demo/pulls").Should().Be(1, "the create was done; --continue runs only the steps left");
        Writes.Should().ContainSingle(w => w.EndsWith("/dispatches", StringComparison.Ordinal));
        File.Exists(JournalPath).Should().BeFalse();
    }

    [Fact]
    public void Abort_after_the_push_says_what_the_remote_has_and_which_forge_steps_were_left()
    {
        github.Inject(new FakeGitHubFault("POST", "/pulls", 502));
        fixture.Run("pr").ExitCode.Should().Be(1);
        var tip = fixture.RemoteSha(Head);

        var aborted = fixture.Run("pr", "--abort");

        aborted.ExitCode.Should().Be(0, aborted.Error);
        aborted.Out.Should().Contain($"'{Head}' is on 'origin' at {tip[..7]}, so nothing was undone")
            .And.Contain("not done on the forge: create-pull-request, label-pull-request, dispatch-workflow");
        File.Exists(JournalPath).Should().BeFalse();
        fixture.RemoteSha(Head).Should().Be(tip);
        github.Pulls.Should().BeEmpty();
    }

    [Fact]
    public void A_rerun_without_changes_plans_no_forge_step_and_makes_no_write()
    {
        fixture.Run("pr").ExitCode.Should().Be(0);
        var writes = github.Writes.Count();

        var dryRun = fixture.Run("pr", "--dry-run", "--json");
        var again = fixture.Run("pr");

        dryRun.ExitCode.Should().Be(0, dryRun.Error);
        Steps(dryRun.Out).Should().BeEmpty();
        again.ExitCode.Should().Be(0, again.Error);
        again.Out.Should().Contain("pull request #1 is up to date: no update");
        github.Writes.Count().Should().Be(writes);
    }

    /// <summary>Each step as one line: kind, then a git step's role and argv, or a forge step's action, method and URL.</summary>
    private static List<string> Steps(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("kind").GetString() switch
        {
            "git" => $"git {s.GetProperty("role").GetString()} {string.Join(' ', s.GetProperty("argv").EnumerateArray().Select(a => a.GetString()))}",
            var kind => $"{kind} {s.GetProperty("action").GetString()} {s.GetProperty("method").GetString()} {s.GetProperty("url").GetString()}",
        })];
    }
}

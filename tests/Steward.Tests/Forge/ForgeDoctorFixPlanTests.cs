using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace Steward.Tests.Forge;

/// <summary>
/// <c>steward forge doctor --fix</c> as a plan of forge steps on the engine: <c>--dry-run</c> prints exactly the fixes the
/// forge's state needs (as data with <c>--json</c>), a fix the forge fails or refuses stops the run with one line and
/// keeps the journal, <c>--continue</c> makes only the fixes left and <c>--abort</c> says which were made; a rerun after
/// success plans nothing and writes nothing. On the fake GitHub and the fake GitLab.
/// </summary>
public sealed class ForgeDoctorFixPlanTests
{
    [Fact]
    public async Task A_dry_run_prints_exactly_the_fixes_the_forge_needs_and_after_the_fix_none()
    {
        await using var github = await FakeGitHub.StartAsync();
        using var fixture = PublishFixture.Create(github.Url);
        github.RepositoryLabels.Add(("release: tagged", "123456"));

        var planned = fixture.Run("forge", "doctor", "--fix", "--dry-run");

        planned.ExitCode.Should().Be(0, planned.Out + planned.Error);
        planned.Out.Should().Contain("warn  label       'release: pending' is missing\nok    label       'release: tagged' exists\nwarn  label       'release-blocker' is missing\n"
            + "steps:\n"
            + $"  forge: set squash and merge commits to carry the pull request's title and description (PATCH {github.Url}/repos/acme/demo)\n"
            + $"  forge: make the label 'release: pending' (POST {github.Url}/repos/acme/demo/labels)\n"
            + $"  forge: make the label 'release-blocker' (POST {github.Url}/repos/acme/demo/labels)\n"
            + "dry run: nothing was changed\n");
        github.Writes.Should().BeEmpty();
        File.Exists(JournalPath(fixture)).Should().BeFalse();

        fixture.Run("forge", "doctor", "--fix").ExitCode.Should().Be(0);
        var writes = github.Writes.Count();
        writes.Should().Be(3, "one PATCH and the two missing labels");

        var again = fixture.Run("forge", "doctor", "--fix", "--dry-run");
        var rerun = fixture.Run("forge", "doctor", "--fix");

        again.Out.Should().Contain("steps: none\ndry run: nothing was changed\n");
        rerun.ExitCode.Should().Be(0, rerun.Out + rerun.Error);
        rerun.Out.Should().NotContain("made").And.NotContain("set squash");
        github.Writes.Count().Should().Be(writes, "a rerun after success plans nothing and writes nothing");
        File.Exists(JournalPath(fixture)).Should().BeFalse();
    }

    [Fact]
    public async Task A_json_dry_run_lists_each_fix_as_a_forge_step_with_its_call()
    {
        await using var github = await FakeGitHub.StartAsync();
        using var fixture = PublishFixture.Create(github.Url);

        var planned = fixture.Run("forge", "doctor", "--fix", "--dry-run", "--json");

        planned.ExitCode.Should().Be(0, planned.Out + planned.Error);
        using var document = JsonDocument.Parse(planned.Out);
        var root = document.RootElement;
        root.GetProperty("verb").GetString().Should().Be("forge doctor --fix");
        root.GetProperty("dryRun").GetBoolean().Should().BeTrue();
        root.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("check").GetString()).Should().Contain(["forge", "access", "merge-msg", "label"]);
        var steps = root.GetProperty("steps").EnumerateArray()
            .Select(s => (s.GetProperty("kind").GetString(), s.GetProperty("action").GetString(), s.GetProperty("method").GetString(), s.GetProperty("url").GetString()))
            .ToList();
        steps.Should().Equal(
            ("forge", "set-merge-messages", "PATCH", $"{github.Url}/repos/acme/demo"),
            ("forge", "create-label", "POST", $"{github.Url}/repos/acme/demo/labels"),
            ("forge", "create-label", "POST", $"{github.Url}/repos/acme/demo/labels"),
            ("forge", "create-label", "POST", $"{github.Url}/repos/acme/demo/labels"));
        root.GetProperty("steps")[1].GetProperty("name").GetString().Should().Be("release: pending");
        github.Writes.Should().BeEmpty();
    }

    [Fact]
    public async Task On_github_a_5xx_keeps_the_journal_and_continue_makes_only_the_fixes_left()
    {
        await using var github = await FakeGitHub.StartAsync();
        using var fixture = PublishFixture.Create(github.Url);
        github.Inject(new FakeGitHubFault("POST", "/repos/acme/demo/labels", 503));

        var failed = fixture.Run("forge", "doctor", "--fix");

        failed.ExitCode.Should().Be(1, failed.Out + failed.Error);
        failed.Error.Should().MatchRegex(@"^steward: error: forge doctor --fix stopped at the label 'release: pending': GitHub answered 503 to POST /repos/acme/demo/labels after 1 attempt\(s\); rerun steward forge doctor --fix --continue later: it finishes what is missing\n$");
        File.Exists(JournalPath(fixture)).Should().BeTrue("the fixes left are kept for --continue");
        github.Log.Should().Contain("PATCH /repos/acme/demo -> 200", "the step before the failure was made");
        github.RepositoryLabels.Should().BeEmpty();

        var before = github.Log.Count;
        var resumed = fixture.Run("forge", "doctor", "--fix", "--continue");

        resumed.ExitCode.Should().Be(0, resumed.Out + resumed.Error);
        resumed.Out.Should().Be("ok    label       made 'release: pending'\nok    label       made 'release: tagged'\nok    label       made 'release-blocker'\n"
            + "finished the interrupted forge doctor --fix of acme/demo\n");
        github.Log.Skip(before).Should().Equal(
            "GET /repos/acme/demo/labels?per_page=100&page=1 -> 200",
            "POST /repos/acme/demo/labels -> 201",
            "POST /repos/acme/demo/labels -> 201",
            "POST /repos/acme/demo/labels -> 201");
        github.RepositoryLabels.Select(l => l.Name).Should().Equal("release: pending", "release: tagged", "release-blocker");
        File.Exists(JournalPath(fixture)).Should().BeFalse();
    }

    [Fact]
    public async Task On_github_a_403_stops_the_run_and_abort_says_which_fixes_were_made()
    {
        await using var github = await FakeGitHub.StartAsync();
        using var fixture = PublishFixture.Create(github.Url);
        github.Inject(new FakeGitHubFault("POST", "/repos/acme/demo/labels", 403) { Body = """{"message":"Resource not accessible by integration"}""" });

        var failed = fixture.Run("forge", "doctor", "--fix");

        failed.ExitCode.Should().Be(1, failed.Out + failed.Error);
        failed.Error.Should().Be("steward: error: forge doctor --fix stopped at the label 'release: pending': GitHub refused POST /repos/acme/demo/labels "
            + "(403: Resource not accessible by integration): the token in GITHUB_TOKEN needs issues: write to make labels; then run steward forge doctor --fix --continue\n");
        var refused = fixture.Run("forge", "doctor", "--fix", "--dry-run");
        refused.ExitCode.Should().Be(0, "a dry run only reads");

        var writes = github.Writes.Count();
        var aborted = fixture.Run("forge", "doctor", "--abort");

        aborted.ExitCode.Should().Be(0, aborted.Out + aborted.Error);
        aborted.Out.Should().Be("aborted the interrupted forge doctor --fix of acme/demo: nothing on the forge is undone\n"
            + "  made: the squash and merge commit messages\n"
            + "  not made: the label 'release: pending', the label 'release: tagged', the label 'release-blocker'\n");
        github.Writes.Count().Should().Be(writes, "an abort writes nothing to the forge");
        File.Exists(JournalPath(fixture)).Should().BeFalse();
        fixture.Run("forge", "doctor", "--fix", "--continue").ExitCode.Should().Be(2, "nothing is left to continue");
    }

    [Fact]
    public async Task A_new_fix_after_a_failure_plans_again_from_the_forge_and_makes_what_is_left()
    {
        await using var github = await FakeGitHub.StartAsync();
        using var fixture = PublishFixture.Create(github.Url);
        github.Inject(new FakeGitHubFault("POST", "/repos/acme/demo/labels", 503));
        fixture.Run("forge", "doctor", "--fix").ExitCode.Should().Be(1);

        var rerun = fixture.Run("forge", "doctor", "--fix");

        rerun.ExitCode.Should().Be(0, rerun.Out + rerun.Error);
        rerun.Out.Should().Contain("ok    merge-msg   squash and merge commits carry the pull request's description").And.Contain("made 'release-blocker'");
        github.Log.Count(l => l.StartsWith("PATCH ", StringComparison.Ordinal)).Should().Be(1);
        File.Exists(JournalPath(fixture)).Should().BeFalse();
    }

    [Fact]
    public async Task On_gitlab_a_5xx_keeps_the_journal_and_continue_makes_only_the_labels_left()
    {
        await using var gitlab = await FakeGitLab.StartAsync();
        using var fixture = PublishFixture.ForGitLab(gitlab);
        gitlab.Labels.Add("release: pending");
        gitlab.Inject(new FakeForgeFault("POST", "/labels", 502));

        var failed = fixture.Run("forge", "doctor", "--fix");

        failed.ExitCode.Should().Be(1, failed.Out + failed.Error);
        failed.Error.Should().StartWith("steward: error: forge doctor --fix stopped at the label 'release: tagged': GitLab answered 502 to POST ")
            .And.EndWith("; rerun steward forge doctor --fix --continue later: it finishes what is missing\n");
        gitlab.MergeCommitTemplate.Should().Contain("%{description}");

        var before = gitlab.Log.Count;
        var resumed = fixture.Run("forge", "doctor", "--fix", "--continue");

        resumed.ExitCode.Should().Be(0, resumed.Out + resumed.Error);
        gitlab.Log.Skip(before).Where(l => !l.StartsWith("GET ", StringComparison.Ordinal)).Should().Equal(
            "POST /api/v4/projects/acme%2Fdemo/labels -> 201",
            "POST /api/v4/projects/acme%2Fdemo/labels -> 201");
        gitlab.Log.Skip(before).Should().NotContain(l => l.StartsWith("PUT ", StringComparison.Ordinal), "the templates were set before the failure");
        gitlab.Labels.Should().Equal("release: pending", "release: tagged", "release-blocker");
        File.Exists(JournalPath(fixture)).Should().BeFalse();
    }

    private static string JournalPath(PublishFixture fixture) => Path.Combine(fixture.Work.Root, ".git", "steward", "journal.json");
}

using FluentAssertions;
using Xunit;

namespace Steward.Tests.Forge;

/// <summary>
/// <c>release.blockers</c> and <c>release.requireChecks</c> on a fake GitLab: open issues and merge requests with a
/// blocking label refuse the release (an issue and a merge request of the same number both listed), an override is
/// recorded, a 5xx refuses with nothing changed; the commit's statuses and newest pipeline are the checks.
/// </summary>
public sealed class ReleaseBlockerGitLabTests : IAsyncLifetime
{
    private FakeGitLab gitlab = null!;
    private PublishFixture fixture = null!;
    private string head = string.Empty;

    public async Task InitializeAsync()
    {
        gitlab = await FakeGitLab.StartAsync();
        fixture = PublishFixture.ForGitLab(gitlab);
        fixture.Work.WriteFile(".gitignore", "dist/\n");
        fixture.Work.Commit("chore: release from the forge's repository");
        fixture.Work.WriteFile("app.txt", "new\n");
        fixture.Work.Commit("feat: new");
        head = fixture.Work.Git("rev-parse", "HEAD").Trim();
    }

    public async Task DisposeAsync()
    {
        fixture.Dispose();
        await gitlab.DisposeAsync();
    }

    [Fact]
    public void Open_issues_and_merge_requests_with_the_label_refuse_the_release_each_listed_with_its_address()
    {
        gitlab.AddIssue("Crash on start", ["release-blocker", "bug"]);
        gitlab.AddIssue("Closed blocker", ["release-blocker"], open: false);
        gitlab.AddIssue("Just a bug", ["bug"]);
        gitlab.AddLabelledMergeRequest("Migration is unfinished", ["release-blocker"]);

        var result = fixture.Run("release");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("steward: error: 2 open release blockers (label 'release-blocker'): issue #1 Crash on start (https://gitlab.example/acme/demo/-/issues/1); pull request #1 Migration is unfinished (https://gitlab.example/acme/demo/-/merge_requests/1); nothing was changed (close or unlabel them, or rerun with --ignore-blockers --reason TEXT)\n");
        fixture.Work.Git("rev-parse", "HEAD").Trim().Should().Be(head);
        gitlab.Log.Should().Contain("GET /api/v4/projects/acme%2Fdemo/issues?state=opened&labels=release-blocker&per_page=100&page=1 -> 200")
            .And.Contain("GET /api/v4/projects/acme%2Fdemo/merge_requests?state=opened&labels=release-blocker&per_page=100&page=1 -> 200");
    }

    [Fact]
    public void Ignoring_blockers_with_a_reason_records_each_address()
    {
        gitlab.AddIssue("Crash on start", ["release-blocker"]);

        var result = fixture.Run("release", "--ignore-blockers", "--reason", "not on supported platforms");

        result.ExitCode.Should().Be(0, result.Error);
        fixture.Work.Git("log", "-1", "--format=%B").Should().Contain("Blockers-Ignored: not on supported platforms").And.Contain("Blocker: https://gitlab.example/acme/demo/-/issues/1");
    }

    [Fact]
    public void A_gitlab_failing_with_5xx_refuses_with_nothing_changed()
    {
        gitlab.Inject(new FakeForgeFault("GET", "/issues", 502, Times: 4));

        var result = fixture.Run("release");

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("steward: error: release blockers could not be read: GitLab answered 502 to GET ").And.Contain("/issues after 4 attempt(s); nothing was changed");
        fixture.Work.Git("tag", "--list", "v1.1.0").Should().BeEmpty();
    }

    [Fact]
    public void A_ci_job_token_skips_the_default_blocker_check_silently()
    {
        fixture.Environment.Remove("GITLAB_TOKEN");
        fixture.Environment["CI_JOB_TOKEN"] = FakeGitLab.JobToken;
        gitlab.AddIssue("Crash on start", ["release-blocker"]);

        var result = fixture.Run("release");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        gitlab.Log.Should().NotContain(l => l.Contains("/issues", StringComparison.Ordinal));
    }

    [Fact]
    public void A_ci_job_token_refuses_required_checks_naming_the_token_to_set()
    {
        fixture.Environment.Remove("GITLAB_TOKEN");
        fixture.Environment["CI_JOB_TOKEN"] = FakeGitLab.JobToken;
        Require("[build]");

        var result = fixture.Run("release");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("steward: error: required checks (release.requireChecks) cannot be read: GitLab's CI_JOB_TOKEN may not read commit statuses; set GITLAB_TOKEN (or STEWARD_FORGE_TOKEN) to a token with read_api; nothing was changed\n");
        fixture.Work.Git("tag", "--list", "v1.1.0").Should().BeEmpty();
    }

    [Fact]
    public void Passed_statuses_and_pipeline_let_the_release_through()
    {
        Require("[build, lint, pipeline]");
        gitlab.AddCheck(head, "build", status: true, "success");
        gitlab.AddCheck(head, "lint", status: true, "skipped");
        gitlab.AddCheck(head, "flaky", status: true, "failed");
        gitlab.AddCheck(head, "pipeline", status: false, "success");

        var result = fixture.Run("release");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain($"checks: build, lint, pipeline passed on {head[..7]}");
        gitlab.Log.Should().Contain($"GET /api/v4/projects/acme%2Fdemo/repository/commits/{head}/statuses?per_page=100&page=1 -> 200")
            .And.Contain($"GET /api/v4/projects/acme%2Fdemo/pipelines?sha={head}&order_by=id&sort=desc&per_page=1 -> 200");
    }

    [Fact]
    public void A_running_job_is_waited_for_on_the_clock_until_it_passes()
    {
        Require("[build]");
        gitlab.AddCheck(head, "build", status: true, "pending", "running", "success");

        var result = fixture.Run("release");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain($"checks: waiting for build on {head[..7]}");
        fixture.Clock.Waits.Should().Equal(TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(15));
        fixture.Work.Git("tag", "--list", "v1.1.0").Should().Contain("v1.1.0");
    }

    [Fact]
    public void A_failed_job_and_pipeline_refuse_the_release_naming_each_with_its_address()
    {
        Require("[all]");
        gitlab.AddCheck(head, "build", status: true, "failed");
        gitlab.AddCheck(head, "docs", status: true, "success");
        gitlab.AddCheck(head, "pipeline", status: false, "failed");

        var result = fixture.Run("release");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be($"steward: error: required checks failed on {head[..7]}: 'build' (https://gitlab.example/acme/demo/-/jobs/950); 'pipeline' (https://gitlab.example/acme/demo/-/pipelines/660); nothing was changed (fix and rerun them, then rerun steward release)\n");
        fixture.Work.Git("tag", "--list", "v1.1.0").Should().BeEmpty();
    }

    private void Require(string checks)
    {
        fixture.WriteConfig($"release:\n  requireChecks: {checks}\n");
        fixture.Work.Commit("chore: require checks");
        head = fixture.Work.Git("rev-parse", "HEAD").Trim();
    }
}

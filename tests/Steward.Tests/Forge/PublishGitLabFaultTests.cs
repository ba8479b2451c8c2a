using FluentAssertions;
using Xunit;

namespace Steward.Tests.Forge;

/// <summary>
/// steward publish, release --publish and forge doctor against a fake GitLab that refuses, fails, times out or
/// rate-limits: one line each with the right exit code, the token never shown, and a rerun that completes.
/// </summary>
public sealed class PublishGitLabFaultTests : IAsyncLifetime
{
    private FakeGitLab gitlab = null!;
    private PublishFixture fixture = null!;

    public async Task InitializeAsync()
    {
        gitlab = await FakeGitLab.StartAsync();
        fixture = PublishFixture.ForGitLab(gitlab);
    }

    public async Task DisposeAsync()
    {
        fixture.Dispose();
        await gitlab.DisposeAsync();
    }

    [Fact]
    public void A_token_gitlab_refuses_is_one_line_naming_its_variable_exit_2()
    {
        fixture.Environment["GITLAB_TOKEN"] = "glpat-WrongToken0123456789ab";

        var result = fixture.Run("publish", "--verbose");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("steward: error: GitLab at http://127.0.0.1:").And.Contain("answered 401: the token in GITLAB_TOKEN is not valid or has expired\n")
            .And.NotContain("WrongToken");
        Rerun();
    }

    [Fact]
    public void A_missing_token_names_gitlabs_variables_exit_2_before_any_call()
    {
        fixture.Environment.Remove("GITLAB_TOKEN");

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: no forge token in the environment: set STEWARD_FORGE_TOKEN or GITLAB_TOKEN or CI_JOB_TOKEN (a token is never read from a file)\n");
        gitlab.Log.Should().BeEmpty();
    }

    [Fact]
    public void An_unknown_project_is_exit_2_naming_the_keys()
    {
        fixture.WriteConfig(repository: "acme/missing");

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: GitLab answered 404 to GET /api/v4/projects/acme%2Fmissing/packages: repository acme/missing does not exist there or the token cannot see it; check forge.api and forge.repository in steward.yml\n");
    }

    [Fact]
    public void A_rejected_create_is_exit_1_with_gitlabs_reason_and_a_rerun_finishes()
    {
        gitlab.Inject(new FakeForgeFault("POST", "/releases", 422) { Body = """{"message":"Tag name invalid"}""" });

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("steward: error: GitLab rejected POST /api/v4/projects/acme%2Fdemo/releases (422: Tag name invalid); rerun steward publish once it is fixed: it finishes what is missing\n");
        Rerun();
    }

    [Fact]
    public void A_create_whose_answer_was_lost_is_read_again_not_repeated()
    {
        gitlab.Inject(new FakeForgeFault("POST", "/releases", 502) { AfterWork = true });

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(0, result.Error);
        gitlab.Releases.Should().ContainSingle().Which.Links.Should().HaveCount(2);
        gitlab.Writes.Count(w => w.StartsWith("POST /api/v4/projects/acme%2Fdemo/releases -> ", StringComparison.Ordinal)).Should().Be(1);
    }

    [Fact]
    public void A_5xx_on_a_read_is_retried_with_backoff_and_one_that_keeps_failing_is_exit_1()
    {
        gitlab.Inject(new FakeForgeFault("GET", "/releases/v1.0.0", 502, Times: 2));

        fixture.Run("publish").ExitCode.Should().Be(0);
        fixture.Clock.Waits.Should().Equal(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));

        gitlab.Inject(new FakeForgeFault("GET", "/releases/v1.0.0", 503, Times: 4));
        var result = fixture.Run("publish");
        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("steward: error: GitLab answered 503 to GET /api/v4/projects/acme%2Fdemo/releases/v1.0.0 after 4 attempt(s); rerun steward publish later: it finishes what is missing\n");
    }

    [Fact]
    public void A_call_that_never_answers_is_exit_1_after_its_timeout()
    {
        fixture.Environment["STEWARD_FORGE_TIMEOUT"] = "1";
        gitlab.Inject(new FakeForgeFault("GET", "/releases/v1.0.0", 0, Times: 4) { Delay = TimeSpan.FromSeconds(5) });

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("steward: error: GitLab did not answer GET /api/v4/projects/acme%2Fdemo/releases/v1.0.0 within 1 s (4 attempt(s)); rerun steward publish: it finishes what is missing\n");
        Rerun();
    }

    [Fact]
    public void A_rate_limit_waits_as_long_as_retry_after_says_even_on_an_upload()
    {
        gitlab.Inject(new FakeForgeFault("PUT", "/packages/generic/", 429) { Headers = new Dictionary<string, string> { ["Retry-After"] = "75" }, Body = """{"message":"Retry later"}""" });

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(0, result.Error);
        fixture.Clock.Waits.Should().Equal(TimeSpan.FromSeconds(75));
        gitlab.Packages.Single().Files.Should().HaveCount(2);
    }

    [Fact]
    public void A_rate_limit_longer_than_steward_waits_is_exit_1_saying_until_when()
    {
        gitlab.Inject(new FakeForgeFault("GET", "/releases/", 429) { Headers = new Dictionary<string, string> { ["Retry-After"] = "7200" } });

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("steward: error: GitLab's rate limit stops GET /api/v4/projects/acme%2Fdemo/releases/v1.0.0 until 2026-11-21 12:00:00 UTC; rerun steward publish after that: it finishes what is missing\n");
    }

    [Fact]
    public void A_file_over_the_instances_limit_is_exit_1_with_gitlabs_answer()
    {
        gitlab.MaxFileSize = 10;

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("steward: error: GitLab rejected PUT /api/v4/projects/acme%2Fdemo/packages/generic/demo/1.0.0/demo-v1.0.0.tar.gz (413: 413 Request Entity Too Large); rerun steward publish once it is fixed: it finishes what is missing\n");
    }

    [Fact]
    public void A_file_over_gitlabs_default_limit_is_refused_before_any_call()
    {
        var act = () => UseCases.PublishAssets.Collect(fixture.Work.Root, ["dist/*"], "steward.yml: publish.assets", "GitLab", 10);

        act.Should().Throw<Core.Errors.StewardException>()
            .WithMessage("dist/demo-v1.0.0.tar.gz: 14 bytes is over GitLab's limit of 10 bytes per release asset; leave it out of the assets");
        Steward.Forges.GitLab.GitLabClient.AssetLimit.Should().Be(5L * 1024 * 1024 * 1024);
    }

    [Fact]
    public void Forge_doctor_reports_the_project_and_the_tokens_role()
    {
        var result = fixture.Run("forge", "doctor");

        result.ExitCode.Should().Be(0, result.Out + result.Error);
        result.Out.Should().Be(
            "ok    forge       gitlab (forge.type)\n"
            + $"ok    api         {gitlab.Api} (forge.api)\n"
            + "ok    repository  acme/demo (forge.repository)\n"
            + "ok    token       from GITLAB_TOKEN\n"
            + "ok    access      acme/demo: the token may write releases\n"
            + "warn  merge-msg   squash and merge commits do not carry the pull request's description (squash template: default, merge template: default), so release notes in it are not read without a token; run steward forge doctor --fix, or use --pr-notes api\n");

        gitlab.AccessLevel = 20;
        var reporter = fixture.Run("forge", "doctor");

        reporter.ExitCode.Should().Be(1);
        reporter.Out.Should().Contain("FAIL  access      acme/demo: the token may read but not write releases; give it GitLab: the Developer role or higher, a token with the api scope\n");
    }

    [Fact]
    public void Forge_doctor_with_a_job_token_reads_the_releases_and_says_the_role_is_not_known()
    {
        fixture.Environment.Remove("GITLAB_TOKEN");
        fixture.Environment["CI_JOB_TOKEN"] = FakeGitLab.JobToken;

        var result = fixture.Run("forge", "doctor");

        result.ExitCode.Should().Be(0, result.Out);
        result.Out.Should().Contain("ok    token       from CI_JOB_TOKEN\n").And.EndWith("ok    access      acme/demo: the forge does not say whether the token may write releases\n");
        gitlab.Log.Should().Equal("GET /api/v4/projects/acme%2Fdemo/releases?per_page=1 -> 200");
    }

    [Fact]
    public void Forge_doctor_with_a_refused_token_fails_its_access_check()
    {
        fixture.Environment["GITLAB_TOKEN"] = "glpat-WrongToken0123456789ab";

        var result = fixture.Run("forge", "doctor");

        result.ExitCode.Should().Be(1);
        result.Out.Should().Contain("FAIL  access      GitLab at").And.Contain("answered 401: the token in GITLAB_TOKEN is not valid or has expired").And.NotContain("WrongToken");
    }

    [Fact]
    public void Release_publish_tags_pushes_and_publishes_on_gitlab()
    {
        PrepareRelease();

        var result = fixture.Run("release", "--publish");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("released v1.1.0").And.Contain("published v1.1.0 on GitLab (acme/demo)");
        gitlab.Releases.Single().Tag.Should().Be("v1.1.0");
        gitlab.Packages.Single().Version.Should().Be("1.1.0");
    }

    [Fact]
    public void Release_publish_with_a_draft_configured_is_refused_before_the_push()
    {
        PrepareRelease();
        fixture.WriteConfig("publish:\n  draft: true\n");
        fixture.Work.Commit("chore: draft");

        var result = fixture.Run("release", "--publish");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("steward: error: steward.yml: publish.draft: GitLab keeps no draft releases");
        fixture.Remote.Git("tag", "--list").Should().NotContain("v1.1.0");
        gitlab.Log.Should().BeEmpty();
    }

    private void PrepareRelease()
    {
        fixture.Work.WriteFile(".gitignore", "dist/\n");
        fixture.Work.Commit("chore: publish on the forge");
        fixture.Work.WriteFile("app.txt", "new\n");
        fixture.Work.Commit("feat: new");
        fixture.Work.Git("push", "-q", "origin", "main");
    }

    /// <summary>With the fault gone, a rerun finishes the publish.</summary>
    private void Rerun()
    {
        fixture.Environment["GITLAB_TOKEN"] = FakeGitLab.Token;
        fixture.Environment.Remove("STEWARD_FORGE_TIMEOUT");
        var rerun = fixture.Run("publish");
        rerun.ExitCode.Should().Be(0, rerun.Error);
        gitlab.Releases.Should().ContainSingle().Which.Links.Should().HaveCount(2);
        gitlab.Packages.Single().Files.Should().HaveCount(2);
    }
}

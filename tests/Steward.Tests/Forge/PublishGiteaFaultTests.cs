using FluentAssertions;
using Xunit;

namespace Steward.Tests.Forge;

/// <summary>
/// steward publish, release --publish and forge doctor against a fake Gitea that refuses, fails, times out or
/// rate-limits: one line each with the right exit code, the token never shown, and a rerun that completes.
/// </summary>
public sealed class PublishGiteaFaultTests : IAsyncLifetime
{
    private FakeGitea gitea = null!;
    private PublishFixture fixture = null!;

    public async Task InitializeAsync()
    {
        gitea = await FakeGitea.StartAsync();
        fixture = PublishFixture.ForGitea(gitea);
    }

    public async Task DisposeAsync()
    {
        fixture.Dispose();
        await gitea.DisposeAsync();
    }

    [Fact]
    public void A_token_gitea_refuses_is_one_line_naming_its_variable_exit_2()
    {
        fixture.Environment["GITEA_TOKEN"] = "WrongGiteaToken0123456789abcdef01234567";

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(2);
        result.Error.Should().MatchRegex(@"^steward: error: Gitea at http://127\.0\.0\.1:\d+/api/v1 answered 401: the token in GITEA_TOKEN is not valid or has expired\n$");
        Rerun();
    }

    [Fact]
    public void A_missing_token_names_giteas_variables_exit_2_before_any_call()
    {
        fixture.Environment.Remove("GITEA_TOKEN");

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: no forge token in the environment: set STEWARD_FORGE_TOKEN or GITEA_TOKEN or FORGEJO_TOKEN (a token is never read from a file)\n");
        gitea.Log.Should().BeEmpty();
    }

    [Fact]
    public void An_unknown_repository_is_exit_2_naming_the_keys()
    {
        fixture.WriteConfig(repository: "acme/missing");

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: Gitea answered 404 to GET /api/v1/repos/acme/missing/releases: repository acme/missing does not exist there or the token cannot see it; check forge.api and forge.repository in steward.yml\n");
    }

    [Fact]
    public void A_rejected_create_is_exit_1_with_giteas_reason_and_a_rerun_finishes()
    {
        gitea.Inject(new FakeForgeFault("POST", "/releases", 422) { Body = """{"message":"[TagName]: Required","url":"https://gitea.example/api/swagger"}""" });

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("steward: error: Gitea rejected POST /api/v1/repos/acme/demo/releases (422: [TagName]: Required); rerun steward publish once it is fixed: it finishes what is missing\n");
        Rerun();
    }

    [Fact]
    public void A_create_whose_answer_was_lost_is_read_again_not_repeated()
    {
        gitea.Inject(new FakeForgeFault("POST", "/releases", 502) { AfterWork = true });

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(0, result.Error);
        gitea.Releases.Should().ContainSingle().Which.Assets.Should().HaveCount(2);
        gitea.Writes.Count(w => w.StartsWith("POST /api/v1/repos/acme/demo/releases -> ", StringComparison.Ordinal)).Should().Be(1);
    }

    [Fact]
    public void A_publish_that_keeps_failing_is_exit_1_and_a_rerun_uploads_nothing_again()
    {
        gitea.Inject(new FakeForgeFault("PATCH", "/releases/", 503, Times: 4));

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(1);
        result.Error.Should().MatchRegex(@"^steward: error: Gitea answered 503 to PATCH /api/v1/repos/acme/demo/releases/\d+ after 4 attempt\(s\); rerun steward publish later: it finishes what is missing\n$");
        fixture.Clock.Waits.Should().Equal(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4));
        Rerun();
        gitea.Writes.Count(w => w.Contains("/assets?", StringComparison.Ordinal)).Should().Be(2);
    }

    [Fact]
    public void A_call_that_never_answers_is_exit_1_after_its_timeout()
    {
        fixture.Environment["STEWARD_FORGE_TIMEOUT"] = "1";
        gitea.Inject(new FakeForgeFault("GET", "/releases/tags/", 0, Times: 4) { Delay = TimeSpan.FromSeconds(5) });

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("steward: error: Gitea did not answer GET /api/v1/repos/acme/demo/releases/tags/v1.0.0 within 1 s (4 attempt(s)); rerun steward publish: it finishes what is missing\n");
        Rerun();
    }

    [Fact]
    public void A_rate_limit_waits_as_long_as_retry_after_says_even_on_an_upload()
    {
        gitea.Inject(new FakeForgeFault("POST", "/assets", 429) { Headers = new Dictionary<string, string> { ["Retry-After"] = "90" } });

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(0, result.Error);
        fixture.Clock.Waits.Should().Equal(TimeSpan.FromSeconds(90));
        gitea.Releases.Single().Assets.Should().HaveCount(2);
    }

    [Fact]
    public void An_attachment_over_the_instances_limit_is_exit_1_with_giteas_answer()
    {
        gitea.MaxAttachmentSize = 10;

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(1);
        result.Error.Should().MatchRegex(@"^steward: error: Gitea rejected POST /api/v1/repos/acme/demo/releases/\d+/assets \(413: file size exceeds the maximum allowed\); rerun steward publish once it is fixed: it finishes what is missing\n$");
        gitea.Releases.Single().Draft.Should().BeTrue("a release missing an attachment is not published");
    }

    [Fact]
    public void Forge_doctor_reports_the_repository_and_whether_the_token_may_push()
    {
        var result = fixture.Run("forge", "doctor");

        result.ExitCode.Should().Be(0, result.Out + result.Error);
        result.Out.Should().Be(
            "ok    forge       gitea (forge.type)\n"
            + $"ok    api         {gitea.Api} (forge.api)\n"
            + "ok    repository  acme/demo (forge.repository)\n"
            + "ok    token       from GITEA_TOKEN\n"
            + "ok    access      acme/demo: the token may write releases\n"
            + "ok    merge-msg   Gitea's API has no setting for squash and merge commit messages; read pull request descriptions with --pr-notes api\n");
        gitea.Log.Should().Equal("GET /api/v1/repos/acme/demo -> 200");

        gitea.CanPush = false;
        var reader = fixture.Run("forge", "doctor");

        reader.ExitCode.Should().Be(1);
        reader.Out.Should().Contain("FAIL  access      acme/demo: the token may read but not write releases; give it Gitea: write access to the repository, a token with the write:repository scope\n");
    }

    [Fact]
    public void Release_publish_tags_pushes_and_publishes_on_gitea()
    {
        fixture.Work.WriteFile(".gitignore", "dist/\n");
        fixture.Work.Commit("chore: publish on the forge");
        fixture.Work.WriteFile("app.txt", "new\n");
        fixture.Work.Commit("feat: new");
        fixture.Work.Git("push", "-q", "origin", "main");

        var result = fixture.Run("release", "--publish");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("released v1.1.0").And.Contain("published v1.1.0 on Gitea (acme/demo)");
        var release = gitea.Releases.Should().ContainSingle().Subject;
        release.Tag.Should().Be("v1.1.0");
        release.Draft.Should().BeFalse();
        release.Assets.Should().HaveCount(2);
    }

    /// <summary>With the fault gone, a rerun finishes the publish.</summary>
    private void Rerun()
    {
        fixture.Environment["GITEA_TOKEN"] = FakeGitea.Token;
        fixture.Environment.Remove("STEWARD_FORGE_TIMEOUT");
        var rerun = fixture.Run("publish");
        rerun.ExitCode.Should().Be(0, rerun.Error);
        var release = gitea.Releases.Should().ContainSingle().Subject;
        release.Draft.Should().BeFalse();
        release.Assets.Should().HaveCount(2);
    }
}

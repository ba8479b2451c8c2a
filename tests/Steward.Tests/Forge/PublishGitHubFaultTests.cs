using FluentAssertions;
using Xunit;

namespace Steward.Tests.Forge;

/// <summary>
/// steward publish when the forge or the input is wrong: each failure is one line with the right exit code, the token
/// never shows, and a rerun completes.
/// </summary>
public sealed class PublishGitHubFaultTests : IAsyncLifetime
{
    private FakeGitHub github = null!;
    private PublishFixture fixture = null!;

    public async Task InitializeAsync()
    {
        github = await FakeGitHub.StartAsync();
        fixture = PublishFixture.Create(github.Url);
    }

    public async Task DisposeAsync()
    {
        fixture.Dispose();
        await github.DisposeAsync();
    }

    [Fact]
    public void A_token_the_forge_refuses_is_one_line_naming_its_variable_exit_2()
    {
        fixture.Environment["GITHUB_TOKEN"] = "ghp_WrongToken0123456789abcdefghijklmnop";

        var result = fixture.Run("publish", "--verbose");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith($"steward: forge: GET /repos/acme/demo/releases/tags/v1.0.0 -> 401")
            .And.Contain("steward: error: GitHub at http://127.0.0.1:").And.Contain("answered 401: the token in GITHUB_TOKEN is not valid or has expired\n")
            .And.NotContain("ghp_WrongToken");
        Rerun();
    }

    [Fact]
    public void A_missing_token_names_the_variables_exit_2_before_any_call()
    {
        fixture.Environment["GITHUB_TOKEN"] = null;

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: no forge token in the environment: set STEWARD_FORGE_TOKEN or GITHUB_TOKEN or GH_TOKEN (a token is never read from a file)\n");
        github.Log.Should().BeEmpty();
    }

    [Fact]
    public void Steward_forge_token_comes_first()
    {
        fixture.Environment["GITHUB_TOKEN"] = "ghp_WrongToken0123456789abcdefghijklmnop";
        fixture.Environment["STEWARD_FORGE_TOKEN"] = FakeGitHub.Token;

        fixture.Run("publish").ExitCode.Should().Be(0);
    }

    [Fact]
    public void A_forbidden_write_is_exit_1_and_a_rerun_finishes()
    {
        github.Inject(new FakeGitHubFault("POST", "/releases", 403) { Body = """{"message":"Resource not accessible by integration"}""" });

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("steward: error: GitHub refused POST /repos/acme/demo/releases (403: Resource not accessible by integration): the token in GITHUB_TOKEN lacks write access to the repository's releases (GitHub: contents: write)\n");
        Rerun();
    }

    [Fact]
    public void An_unknown_repository_is_exit_2_naming_the_keys()
    {
        fixture.WriteConfig(repository: "acme/missing");

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: GitHub answered 404 to GET /repos/acme/missing/releases: repository acme/missing does not exist there or the token cannot see it; check forge.api and forge.repository in steward.yml\n");
    }

    [Fact]
    public void A_rejected_create_is_exit_1_with_the_forges_reason()
    {
        github.Inject(new FakeGitHubFault("POST", "/releases", 422)
        {
            Body = """{"message":"Validation Failed","errors":[{"resource":"Release","code":"custom","field":"tag_name","message":"tag_name is not a valid tag"}]}""",
        });

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("steward: error: GitHub rejected POST /repos/acme/demo/releases (422: Validation Failed: custom); rerun steward publish once it is fixed: it finishes what is missing\n");
        Rerun();
    }

    [Fact]
    public void A_token_a_forge_echoes_is_redacted()
    {
        github.Inject(new FakeGitHubFault("POST", "/releases", 422) { Body = $$"""{"message":"bad {{FakeGitHub.Token}} and ghp_AnotherToken0123456789abcdefghijkl"}""" });

        var result = fixture.Run("publish", "--verbose");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("(422: bad *** and ***)").And.NotContain("ghp_");
    }

    [Fact]
    public void A_5xx_on_a_read_is_retried_with_backoff_on_the_clock()
    {
        github.Inject(new FakeGitHubFault("GET", "/releases/tags/", 502, Times: 2));

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(0, result.Error);
        fixture.Clock.Waits.Should().Equal(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void A_forge_that_keeps_failing_is_exit_1_after_four_attempts_and_a_rerun_finishes()
    {
        github.Inject(new FakeGitHubFault("PATCH", "/releases/", 503, Times: 4));

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(1);
        result.Error.Should().MatchRegex(@"^steward: error: GitHub answered 503 to PATCH /repos/acme/demo/releases/\d+ after 4 attempt\(s\); rerun steward publish later: it finishes what is missing\n$");
        github.Releases.Should().ContainSingle().Which.Draft.Should().BeTrue("the assets went onto the draft; only publishing failed");
        Rerun();
        github.Writes.Count(w => w.Contains("/assets?", StringComparison.Ordinal)).Should().Be(2, "the rerun uploaded nothing again");
    }

    [Fact]
    public void A_call_that_times_out_is_retried_and_one_that_never_answers_is_exit_1()
    {
        fixture.Environment["STEWARD_FORGE_TIMEOUT"] = "1";
        github.Inject(new FakeGitHubFault("GET", "/releases/tags/", 0) { Delay = TimeSpan.FromSeconds(5) });

        fixture.Run("publish").ExitCode.Should().Be(0);

        github.Inject(new FakeGitHubFault("GET", "/releases/tags/", 0, Times: 4) { Delay = TimeSpan.FromSeconds(5) });
        var result = fixture.Run("publish");
        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("steward: error: GitHub did not answer GET /repos/acme/demo/releases/tags/v1.0.0 within 1 s (4 attempt(s)); rerun steward publish: it finishes what is missing\n");
    }

    [Fact]
    public void The_primary_rate_limit_waits_until_its_reset()
    {
        var reset = fixture.Clock.GetUtcNow().AddSeconds(120).ToUnixTimeSeconds();
        github.Inject(new FakeGitHubFault("GET", "/releases/tags/", 403)
        {
            Headers = new Dictionary<string, string> { ["x-ratelimit-remaining"] = "0", ["x-ratelimit-reset"] = reset.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            Body = """{"message":"API rate limit exceeded"}""",
        });

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(0, result.Error);
        fixture.Clock.Waits.Should().Equal(TimeSpan.FromSeconds(121));
    }

    [Fact]
    public void A_secondary_rate_limit_waits_at_least_60_seconds_even_on_a_create()
    {
        github.Inject(new FakeGitHubFault("POST", "/releases", 403) { Body = """{"message":"You have exceeded a secondary rate limit. Please wait a few minutes before you try again."}""" });
        github.Inject(new FakeGitHubFault("POST", "/assets", 429) { Headers = new Dictionary<string, string> { ["Retry-After"] = "90" } });

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(0, result.Error);
        fixture.Clock.Waits.Should().Equal(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(90));
        github.Releases.Should().ContainSingle().Which.Assets.Should().HaveCount(2);
    }

    [Fact]
    public void A_rate_limit_longer_than_Steward_waits_is_exit_1_saying_until_when()
    {
        github.Inject(new FakeGitHubFault("GET", "/releases/tags/", 429) { Headers = new Dictionary<string, string> { ["Retry-After"] = "7200" } });

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("steward: error: GitHub's rate limit stops GET /repos/acme/demo/releases/tags/v1.0.0 until 2026-11-21 12:00:00 UTC; rerun steward publish after that: it finishes what is missing\n");
        fixture.Clock.Waits.Should().BeEmpty();
    }

    [Fact]
    public void A_glob_matching_nothing_is_exit_2_before_any_call()
    {
        var result = fixture.Run("publish", "--assets", "out/*.zip");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: --assets: 'out/*.zip' matches no file; run steward artifacts first, or fix the glob\n");
        github.Writes.Should().BeEmpty();
    }

    [Fact]
    public void An_asset_outside_the_repository_or_in_git_is_refused()
    {
        fixture.Run("publish", "--assets", "../*").ExitCode.Should().Be(2);
        fixture.Run("publish", "--assets", ".git/config").Error.Should().Contain(".git");
        github.Writes.Should().BeEmpty();
    }

    [Fact]
    public void An_asset_over_the_forges_limit_is_refused_naming_it()
    {
        var act = () => UseCases.PublishAssets.Collect(fixture.Work.Root, ["dist/*"], "steward.yml: publish.assets", "GitHub", 10);

        act.Should().Throw<Core.Errors.StewardException>()
            .WithMessage("dist/demo-v1.0.0.tar.gz: 14 bytes is over GitHub's limit of 10 bytes per release asset; leave it out of the assets");
    }

    [Fact]
    public void A_tag_not_pushed_yet_is_exit_1_saying_how_to_push_it()
    {
        fixture.Release("v1.1.0", push: false);

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("steward: error: tag v1.1.0 is not on remote 'origin'; push it first (git push origin v1.1.0), then run steward publish again\n");
        github.Log.Should().BeEmpty();
    }

    [Fact]
    public void A_repository_name_that_does_not_parse_is_exit_2()
    {
        fixture.WriteConfig(repository: "acme/demo/extra");

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: steward.yml: forge.repository 'acme/demo/extra' is not OWNER/NAME of letters, digits, '-', '_' and '.'\n");
    }

    [Fact]
    public void A_remote_without_a_forge_url_and_no_forge_keys_says_which_to_set()
    {
        fixture.Work.WriteFile("steward.yml", "tagPrefix: v\n");

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: steward.yml: forge.type is not set and remote 'origin' has no forge URL (https, ssh or scp form); set forge.type, forge.api and forge.repository\n");
    }

    /// <summary>With the fault gone, a rerun finishes the publish.</summary>
    private void Rerun()
    {
        fixture.Environment["GITHUB_TOKEN"] = FakeGitHub.Token;
        var rerun = fixture.Run("publish");
        rerun.ExitCode.Should().Be(0, rerun.Error);
        var release = github.Releases.Should().ContainSingle().Subject;
        release.Draft.Should().BeFalse();
        release.Assets.Should().HaveCount(2);
    }
}

using FluentAssertions;
using Xunit;

namespace Steward.Tests.Forge;

/// <summary>
/// <c>release.requireChecks</c>: steward release reads the released commit's combined status and check runs on the
/// (fake) GitHub, waits for pending ones on the injected clock (no real waiting), and refuses on a failure or timeout.
/// </summary>
public sealed class ReleaseRequiredChecksTests : IAsyncLifetime
{
    private FakeGitHub github = null!;
    private PublishFixture fixture = null!;
    private string head = string.Empty;

    public async Task InitializeAsync()
    {
        github = await FakeGitHub.StartAsync();
        fixture = PublishFixture.Create(github.Url);
        fixture.Work.WriteFile(".gitignore", "dist/\n");
        fixture.Work.Commit("chore: release from the forge's repository");
        fixture.Work.WriteFile("app.txt", "new\n");
        fixture.Work.Commit("feat: new");
    }

    public async Task DisposeAsync()
    {
        fixture.Dispose();
        await github.DisposeAsync();
    }

    [Fact]
    public void Passed_checks_let_the_release_through()
    {
        Require("[build, lint]");
        github.AddCheck(head, "build", status: false, "completed:success");
        github.AddCheck(head, "lint", status: true, "success");
        github.AddCheck(head, "flaky-optional", status: false, "completed:failure");

        var result = fixture.Run("release");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain($"checks: build, lint passed on {head[..7]}");
        github.Log.Should().Contain($"GET /repos/acme/demo/commits/{head}/status?per_page=100&page=1 -> 200")
            .And.Contain($"GET /repos/acme/demo/commits/{head}/check-runs?per_page=100&page=1 -> 200");
        fixture.Clock.Waits.Should().BeEmpty();
    }

    [Fact]
    public void Pending_checks_are_waited_for_on_the_clock_until_they_pass()
    {
        Require("[build]");
        github.AddCheck(head, "build", status: false, "queued", "in_progress", "completed:success");

        var result = fixture.Run("release");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain($"checks: waiting for build on {head[..7]} (600 s left)");
        fixture.Clock.Waits.Should().Equal(TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(15));
        fixture.Work.Git("tag", "--list", "v1.1.0").Should().Contain("v1.1.0");
    }

    [Fact]
    public void Failed_checks_refuse_the_release_naming_each_with_its_address()
    {
        Require("[build, lint, test]");
        github.AddCheck(head, "build", status: false, "completed:failure");
        github.AddCheck(head, "lint", status: true, "error");
        github.AddCheck(head, "test", status: false, "in_progress");

        var result = fixture.Run("release");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be($"steward: error: required checks failed on {head[..7]}: 'build' (https://github.com/acme/demo/runs/800); 'lint' (https://ci.example/lint/1); nothing was changed (fix and rerun them, then rerun steward release)\n");
        fixture.Work.Git("tag", "--list", "v1.1.0").Should().BeEmpty();
        fixture.Work.Git("rev-parse", "HEAD").Trim().Should().Be(head);
    }

    [Fact]
    public void Checks_still_pending_at_the_timeout_refuse_the_release()
    {
        Require("[build, deploy]\n  checksTimeout: 1m");
        github.AddCheck(head, "build", status: false, "queued");

        var result = fixture.Run("release");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be($"steward: error: required checks not finished on {head[..7]} after 1m (release.checksTimeout): 'build', 'deploy' still pending or not reported; nothing was changed (rerun when they finish)\n");
        fixture.Clock.Waits.Aggregate(TimeSpan.Zero, (a, b) => a + b).Should().Be(TimeSpan.FromMinutes(1));
        fixture.Work.Git("tag", "--list", "v1.1.0").Should().BeEmpty();
    }

    [Fact]
    public void All_requires_every_reported_check()
    {
        Require("[all]");
        github.AddCheck(head, "build", status: false, "completed:success");
        github.AddCheck(head, "docs", status: false, "completed:skipped");
        github.AddCheck(head, "scan", status: true, "failure");

        var result = fixture.Run("release");

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith($"steward: error: required check failed on {head[..7]}: 'scan' (https://ci.example/scan/1);");
    }

    [Fact]
    public void Without_a_token_required_checks_refuse_the_release()
    {
        fixture.Environment.Remove("GITHUB_TOKEN");
        Require("[build]");

        var result = fixture.Run("release");

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("steward: error: required checks (release.requireChecks) cannot be read: no forge token in the environment");
    }

    [Fact]
    public void A_timeout_that_is_no_duration_names_the_key()
    {
        Require("[build]\n  checksTimeout: soon");

        var result = fixture.Run("release");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: steward.yml: release.checksTimeout: 'soon' is not a duration; use seconds (600) or a number with s, m or h (10m)\n");
    }

    private void Require(string checks)
    {
        fixture.WriteConfig($"release:\n  requireChecks: {checks}\n");
        fixture.Work.Commit("chore: required checks");
        fixture.Work.Git("push", "-q", "origin", "main");
        head = fixture.Work.Git("rev-parse", "HEAD").Trim();
    }
}

using FluentAssertions;
using Xunit;

namespace Steward.Tests.Forge;

/// <summary>
/// <c>release.blockers</c> and <c>release.requireChecks</c> on a fake Gitea (Forgejo): open issues and pull requests
/// with a blocking label refuse the release, a 5xx refuses with nothing changed; the commit's combined status (Gitea
/// Actions' jobs among its statuses) is the checks.
/// </summary>
public sealed class ReleaseBlockerGiteaTests : IAsyncLifetime
{
    private FakeGitea gitea = null!;
    private PublishFixture fixture = null!;
    private string head = string.Empty;

    public async Task InitializeAsync()
    {
        gitea = await FakeGitea.StartAsync();
        fixture = PublishFixture.ForGitea(gitea);
        fixture.Work.WriteFile(".gitignore", "dist/\n");
        fixture.Work.Commit("chore: release from the forge's repository");
        fixture.Work.WriteFile("app.txt", "new\n");
        fixture.Work.Commit("feat: new");
        head = fixture.Work.Git("rev-parse", "HEAD").Trim();
    }

    public async Task DisposeAsync()
    {
        fixture.Dispose();
        await gitea.DisposeAsync();
    }

    [Fact]
    public void Open_issues_and_pull_requests_with_the_label_refuse_the_release_each_listed_with_its_address()
    {
        gitea.AddIssue("Crash on start", ["release-blocker", "bug"]);
        gitea.AddIssue("Migration is unfinished", ["release-blocker"], pullRequest: true);
        gitea.AddIssue("Closed blocker", ["release-blocker"], open: false);
        gitea.AddIssue("Just a bug", ["bug"]);

        var result = fixture.Run("release");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be($"steward: error: 2 open release blockers (label 'release-blocker'): issue #1 Crash on start ({gitea.Url}/acme/demo/issues/1); pull request #2 Migration is unfinished ({gitea.Url}/acme/demo/pulls/2); nothing was changed (close or unlabel them, or rerun with --ignore-blockers --reason TEXT)\n");
        fixture.Work.Git("rev-parse", "HEAD").Trim().Should().Be(head);
        gitea.Log.Should().Contain("GET /api/v1/repos/acme/demo/issues?state=open&labels=release-blocker&limit=50&page=1 -> 200");
    }

    [Fact]
    public void A_gitea_failing_with_5xx_refuses_with_nothing_changed()
    {
        gitea.Inject(new FakeForgeFault("GET", "/issues", 503, Times: 4));

        var result = fixture.Run("release");

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("steward: error: release blockers could not be read: Gitea answered 503 to GET ").And.Contain("after 4 attempt(s); nothing was changed");
        fixture.Work.Git("tag", "--list", "v1.1.0").Should().BeEmpty();
    }

    [Fact]
    public void Passed_statuses_let_the_release_through_and_warning_counts_as_passed()
    {
        Require("[build, lint]");
        gitea.AddCheck(head, "build", "success");
        gitea.AddCheck(head, "lint", "warning");
        gitea.AddCheck(head, "flaky", "failure");

        var result = fixture.Run("release");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain($"checks: build, lint passed on {head[..7]}");
        gitea.Log.Should().Contain($"GET /api/v1/repos/acme/demo/commits/{head}/status?limit=50&page=1 -> 200");
    }

    [Fact]
    public void A_pending_status_is_waited_for_on_the_clock_until_it_passes()
    {
        Require("[ci / build (push)]");
        gitea.AddCheck(head, "ci / build (push)", "pending", "success");

        var result = fixture.Run("release");

        result.ExitCode.Should().Be(0, result.Error);
        fixture.Clock.Waits.Should().Equal(TimeSpan.FromSeconds(15));
        fixture.Work.Git("tag", "--list", "v1.1.0").Should().Contain("v1.1.0");
    }

    [Fact]
    public void A_failed_status_refuses_the_release_naming_it_with_its_address()
    {
        Require("[build, test]");
        gitea.AddCheck(head, "build", "error");
        gitea.AddCheck(head, "test", "pending");

        var result = fixture.Run("release");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be($"steward: error: required check failed on {head[..7]}: 'build' ({gitea.Url}/acme/demo/actions/runs/970); nothing was changed (fix and rerun them, then rerun steward release)\n");
        fixture.Work.Git("tag", "--list", "v1.1.0").Should().BeEmpty();
    }

    private void Require(string checks)
    {
        fixture.WriteConfig($"release:\n  requireChecks: {checks}\n");
        fixture.Work.Commit("chore: require checks");
        head = fixture.Work.Git("rev-parse", "HEAD").Trim();
    }
}

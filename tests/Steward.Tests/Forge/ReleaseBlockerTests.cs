using FluentAssertions;
using Xunit;

namespace Steward.Tests.Forge;

/// <summary>
/// <c>release.blockers</c>: steward release reads the open issues and pull requests labelled as blockers on the (fake)
/// GitHub and refuses, lists each with its address, records an override with its reason, and warns or fails without a token.
/// </summary>
public sealed class ReleaseBlockerTests : IAsyncLifetime
{
    private const string Identity = "Test Committer <committer@example.com>";

    private FakeGitHub github = null!;
    private PublishFixture fixture = null!;

    public async Task InitializeAsync()
    {
        github = await FakeGitHub.StartAsync();
        fixture = PublishFixture.Create(github.Url);
        fixture.Work.WriteFile(".gitignore", "dist/\n");
        fixture.Work.Commit("chore: release from the forge's repository");
        fixture.Work.WriteFile("app.txt", "new\n");
        fixture.Work.Commit("feat: new");
        fixture.Work.Git("push", "-q", "origin", "main");
    }

    public async Task DisposeAsync()
    {
        fixture.Dispose();
        await github.DisposeAsync();
    }

    [Fact]
    public void Open_blockers_refuse_the_release_and_each_is_listed_with_its_address()
    {
        github.AddIssue("Crash on start", ["release-blocker", "bug"]);
        github.AddIssue("Migration is unfinished", ["release-blocker"], pullRequest: true);
        github.AddIssue("Closed blocker", ["release-blocker"], open: false);
        github.AddIssue("Just a bug", ["bug"]);
        var head = fixture.Work.Git("rev-parse", "HEAD");

        var result = fixture.Run("release");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("steward: error: 2 open release blockers (label 'release-blocker'): issue #1 Crash on start (https://github.com/acme/demo/issues/1); pull request #2 Migration is unfinished (https://github.com/acme/demo/pull/2); nothing was changed (close or unlabel them, or rerun with --ignore-blockers --reason TEXT)\n");
        fixture.Work.Git("rev-parse", "HEAD").Should().Be(head);
        fixture.Work.Git("tag", "--list", "v1.1.0").Should().BeEmpty();
        github.Log.Should().Contain(l => l.StartsWith("GET /repos/acme/demo/issues?state=open&labels=release-blocker&per_page=100&page=1 -> 200", StringComparison.Ordinal));
    }

    [Fact]
    public void Ignoring_blockers_with_a_reason_records_it_in_the_commit_and_the_tag()
    {
        github.AddIssue("Crash on start", ["release-blocker"]);

        var result = fixture.Run("release", "--ignore-blockers", "--reason", "the crash is on an unsupported platform");

        result.ExitCode.Should().Be(0, result.Error);
        const string Trailers = "Blockers-Ignored: the crash is on an unsupported platform\nBlockers-Ignored-By: " + Identity + "\nBlocker: https://github.com/acme/demo/issues/1";
        fixture.Work.Git("log", "-1", "--format=%B").TrimEnd('\n').Should().EndWith("\n\n" + Trailers);
        fixture.Work.Git("tag", "--list", "--format=%(contents)", "v1.1.0").TrimEnd('\n').Should().EndWith("\n\n" + Trailers);
        fixture.Work.Git("log", "-1", "--format=%(trailers:key=Blockers-Ignored-By,valueonly)").Trim().Should().Be(Identity);
    }

    [Fact]
    public void Configured_labels_are_each_asked_and_a_blocker_with_two_is_listed_once()
    {
        fixture.WriteConfig("release:\n  blockers:\n    labels: [blocker, p0]\n");
        fixture.Work.Commit("chore: blocker labels");
        github.AddIssue("Both labels", ["blocker", "p0"]);
        github.AddIssue("Default label only", ["release-blocker"]);

        var result = fixture.Run("release");

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("steward: error: 1 open release blocker (label 'blocker' or 'p0'): issue #1 Both labels (https://github.com/acme/demo/issues/1);");
    }

    [Fact]
    public void Every_page_of_blockers_is_read()
    {
        for (var i = 0; i < 101; i++)
        {
            github.AddIssue($"blocker {i + 1}", ["release-blocker"]);
        }

        var result = fixture.Run("release");

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("steward: error: 101 open release blockers").And.Contain("issue #1 blocker 1 (").And.Contain("issue #101 blocker 101 (");
        github.Log.Count(l => l.Contains("/issues?", StringComparison.Ordinal)).Should().Be(2);
    }

    [Fact]
    public void Without_a_token_configured_blockers_are_skipped_with_a_warning()
    {
        fixture.Environment.Remove("GITHUB_TOKEN");
        fixture.WriteConfig("release:\n  blockers:\n    labels: [release-blocker]\n");
        fixture.Work.Commit("chore: blocker labels");

        var result = fixture.Run("release");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().Be("steward: warning: release blockers not checked: no forge token in the environment: set STEWARD_FORGE_TOKEN or GITHUB_TOKEN or GH_TOKEN (a token is never read from a file); set release.blockers.required: true to make this an error (see docs/blockers.md)\n");
        github.Log.Should().BeEmpty();
    }

    [Fact]
    public void Without_a_token_and_without_configuration_the_check_is_skipped_silently()
    {
        fixture.Environment.Remove("GITHUB_TOKEN");

        var result = fixture.Run("release");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
    }

    [Fact]
    public void Without_a_token_a_required_check_refuses_the_release()
    {
        fixture.Environment.Remove("GITHUB_TOKEN");
        fixture.WriteConfig("release:\n  blockers:\n    required: true\n");
        fixture.Work.Commit("chore: blockers required");
        var head = fixture.Work.Git("rev-parse", "HEAD");

        var result = fixture.Run("release");

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("steward: error: release blockers must be checked (release.blockers.required: true) but cannot be: no forge token in the environment");
        fixture.Work.Git("rev-parse", "HEAD").Should().Be(head);
    }

    [Fact]
    public void A_forge_failing_with_5xx_refuses_with_nothing_changed_and_a_rerun_releases()
    {
        github.Inject(new FakeGitHubFault("GET", "/issues", 502, Times: 4));

        var failed = fixture.Run("release");

        failed.ExitCode.Should().Be(1);
        failed.Error.Should().Be("steward: error: release blockers could not be read: GitHub answered 502 to GET /repos/acme/demo/issues after 4 attempt(s); nothing was changed; rerun steward release later\n");
        fixture.Work.Git("tag", "--list", "v1.1.0").Should().BeEmpty();

        github.Inject(new FakeGitHubFault("GET", "/issues", 503, Times: 1));
        var rerun = fixture.Run("release");

        rerun.ExitCode.Should().Be(0, rerun.Error);
        fixture.Work.Git("tag", "--list", "v1.1.0").Should().Contain("v1.1.0");
    }

    [Fact]
    public void Ignore_blockers_without_a_reason_is_bad_usage()
    {
        var result = fixture.Run("release", "--ignore-blockers");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: --ignore-blockers needs --reason TEXT: the release commit and tag record who released over the blockers and why\n");
    }

    [Fact]
    public void A_dry_run_asks_no_forge()
    {
        github.AddIssue("Crash on start", ["release-blocker"]);

        var result = fixture.Run("release", "--dry-run");

        result.ExitCode.Should().Be(0, result.Error);
        github.Log.Should().BeEmpty();
    }
}

using FluentAssertions;
using Xunit;

namespace Steward.Tests.Forge;

/// <summary>steward release --publish: tag, push, publish; a publish that fails after the push leaves the release released.</summary>
public sealed class ReleasePublishTests : IAsyncLifetime
{
    private FakeGitHub github = null!;
    private PublishFixture fixture = null!;

    public async Task InitializeAsync()
    {
        github = await FakeGitHub.StartAsync();
        fixture = PublishFixture.Create(github.Url);
        fixture.Work.WriteFile(".gitignore", "dist/\n");
        fixture.Work.Commit("chore: publish on the forge");
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
    public void A_release_is_tagged_pushed_and_published()
    {
        var result = fixture.Run("release", "--publish");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("released v1.1.0").And.Contain("published v1.1.0 on GitHub (acme/demo)");
        fixture.Remote.Git("tag", "--list").Should().Contain("v1.1.0");
        var release = github.Releases.Should().ContainSingle().Subject;
        release.Tag.Should().Be("v1.1.0");
        release.Draft.Should().BeFalse();
        release.Body.Should().Contain("new");
        release.Assets.Select(a => a.Name).Should().BeEquivalentTo("demo-v1.0.0.tar.gz", "SHA256SUMS");
    }

    [Fact]
    public void A_publish_failing_after_the_push_leaves_the_release_and_says_how_to_finish()
    {
        github.Inject(new FakeGitHubFault("POST", "/releases", 403) { Body = """{"message":"Resource not accessible by integration"}""" });

        var result = fixture.Run("release", "--publish");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("steward: error: released v1.1.0, but publishing it failed: GitHub refused POST /repos/acme/demo/releases (403: Resource not accessible by integration): the token in GITHUB_TOKEN lacks write access to the repository's releases (GitHub: contents: write); finish with: steward publish --tag v1.1.0\n");
        fixture.Remote.Git("tag", "--list").Should().Contain("v1.1.0");

        var finish = fixture.Run("publish", "--tag", "v1.1.0");

        finish.ExitCode.Should().Be(0, finish.Error);
        github.Releases.Should().ContainSingle().Which.Draft.Should().BeFalse();
    }

    [Fact]
    public void A_dry_run_says_it_would_publish_and_calls_no_forge()
    {
        var result = fixture.Run("release", "--publish", "--dry-run");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("then: publish the release on the forge (steward publish)");
        github.Log.Should().BeEmpty();
    }
}

namespace Steward.Tests.Forge;

/// <summary>
/// steward publish in a repository with components: --tag names the release, and its component (by tag prefix) gives
/// the notes (its own changelog) and which releases count for "latest".
/// </summary>
public sealed class PublishMonorepoTests : IAsyncLifetime
{
    private FakeGitHub github = null!;
    private PublishFixture fixture = null!;

    public async Task InitializeAsync()
    {
        github = await FakeGitHub.StartAsync();
        fixture = PublishFixture.Create(github.Url, "components:\n  - name: api\n    path: api\n  - name: web\n    path: web\n    tagPrefix: web@\n");
        var work = fixture.Work;
        work.WriteFile("api/VERSION", "2.0.0\n").WriteFile("api/CHANGELOG.md", "# Changelog\n\n## [2.0.0] - 2026-11-30\n\n### Features\n\n- api streaming\n");
        work.WriteFile("web/VERSION", "1.1.0\n").WriteFile("web/CHANGELOG.md", "# Changelog\n\n## [1.1.0] - 2026-11-30\n\n### Features\n\n- web dark mode\n");
        work.Commit("feat: api and web releases");
        work.Tag("api-v2.0.0");
        work.Tag("web@1.1.0");
        work.Git("push", "-q", "origin", "main", "api-v2.0.0", "web@1.1.0");
    }

    public async Task DisposeAsync()
    {
        fixture.Dispose();
        await github.DisposeAsync();
    }

    [Fact]
    public void A_components_tag_is_published_with_that_components_notes()
    {
        var api = fixture.Run("publish", "--tag", "api-v2.0.0", "--assets", "dist/SHA256SUMS");
        var web = fixture.Run("publish", "--tag", "web@1.1.0", "--assets", "dist/SHA256SUMS");

        api.ExitCode.Should().Be(0, api.Error);
        web.ExitCode.Should().Be(0, web.Error);
        github.Releases.Select(r => r.Tag).Should().Equal("api-v2.0.0", "web@1.1.0");
        github.Releases[0].Body.Should().Contain("api streaming").And.NotContain("web dark mode");
        github.Releases[1].Body.Should().Contain("web dark mode").And.NotContain("api streaming");
        github.Releases.Should().OnlyContain(r => !r.Draft && r.Assets.Count == 1);
    }

    [Fact]
    public void Without_a_tag_or_with_a_tag_of_no_component_nothing_is_asked_of_the_forge()
    {
        var untagged = fixture.Run("publish");
        var foreign = fixture.Run("publish", "--tag", "v1.0.0");

        untagged.ExitCode.Should().Be(2);
        untagged.Error.Should().Be("steward: error: in a repository with components, name the release to publish: --tag TAG (a tag of api-vX.Y.Z, web@X.Y.Z)\n");
        foreign.ExitCode.Should().Be(2);
        foreign.Error.Should().Be("steward: error: --tag v1.0.0 is the release tag of no component (their tags are api-vX.Y.Z, web@X.Y.Z)\n");
        github.Log.Should().BeEmpty();
    }
}

using System.Text.Json;
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
    public void A_publish_failing_after_the_push_leaves_the_release_and_release_continue_finishes_it()
    {
        github.Inject(new FakeGitHubFault("POST", "/releases", 403) { Body = """{"message":"Resource not accessible by integration"}""" });

        var result = fixture.Run("release", "--publish");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("steward: error: released v1.1.0, but publishing v1.1.0 failed: GitHub refused POST /repos/acme/demo/releases (403: Resource not accessible by integration): the token in GITHUB_TOKEN lacks write access to the repository's releases (GitHub: contents: write); run 'steward release --continue' to finish the steps after the push\n");
        fixture.Remote.Git("tag", "--list").Should().Contain("v1.1.0");
        var published = fixture.Run("publish", "--tag", "v1.1.0");
        published.ExitCode.Should().Be(1, "the release's journal is open: its --continue finishes the publish");
        published.Error.Should().Contain("steward release --continue");

        var finish = fixture.Run("release", "--continue");

        finish.ExitCode.Should().Be(0, finish.Error);
        finish.Out.Should().Contain("published v1.1.0 on GitHub (acme/demo)");
        github.Releases.Should().ContainSingle().Which.Draft.Should().BeFalse();
    }

    [Fact]
    public void A_forge_answering_5xx_leaves_the_journal_and_continue_publishes_without_pushing_again()
    {
        // Every attempt of the first run's create fails (a create is re-read, never repeated blindly); then the forge is back.
        github.Inject(new FakeGitHubFault("POST", "/releases", 502, Times: 3));
        var tip = fixture.Work.Git("rev-parse", "HEAD");

        var result = fixture.Run("release", "--publish");

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("steward: error: released v1.1.0, but publishing v1.1.0 failed: GitHub answered 502 to POST /repos/acme/demo/releases")
            .And.EndWith("run 'steward release --continue' to finish the steps after the push\n");
        var released = fixture.Remote.Git("rev-parse", "v1.1.0^{commit}");
        released.Should().NotBe(tip, "the release commit was pushed");
        File.Exists(Path.Combine(fixture.Work.Root, ".git", "steward", "journal.json")).Should().BeTrue();
        github.Releases.Should().BeEmpty();

        // The remote refuses every push from now on: a --continue that pushed again would fail.
        Engine.KillHooks.RejectPushesTo(fixture.Remote);
        var finish = fixture.Run("release", "--continue");

        finish.ExitCode.Should().Be(0, finish.Error);
        finish.Out.Should().Contain("continuing the release of v1.1.0 from step 7 of 7").And.Contain("published v1.1.0 on GitHub (acme/demo)");
        fixture.Remote.Git("rev-parse", "v1.1.0^{commit}").Should().Be(released);
        var release = github.Releases.Should().ContainSingle().Subject;
        release.Draft.Should().BeFalse();
        release.Assets.Should().HaveCount(2);
        File.Exists(Path.Combine(fixture.Work.Root, ".git", "steward", "journal.json")).Should().BeFalse();
    }

    [Fact]
    public void Abort_after_the_push_undoes_nothing_and_leaves_the_forge_as_it_is()
    {
        github.Inject(new FakeGitHubFault("POST", "/assets", 502, Times: 3));

        fixture.Run("release", "--publish").ExitCode.Should().Be(1);
        var draft = github.Releases.Should().ContainSingle().Subject;
        var abort = fixture.Run("release", "--abort");

        abort.ExitCode.Should().Be(0, abort.Error);
        abort.Out.Should().Contain("v1.1.0 is already on 'origin', so it is released: nothing was undone");
        fixture.Work.Git("tag", "--list").Should().Contain("v1.1.0");
        fixture.Remote.Git("tag", "--list").Should().Contain("v1.1.0");
        github.Releases.Should().ContainSingle().Which.Should().BeSameAs(draft, "a forge release is reconciled, never deleted");

        var publish = fixture.Run("publish", "--tag", "v1.1.0");

        publish.ExitCode.Should().Be(0, publish.Error);
        draft.Draft.Should().BeFalse();
        draft.Assets.Should().HaveCount(2);
    }

    [Fact]
    public void Planning_refuses_a_missing_token_before_anything_is_written()
    {
        fixture.Environment.Remove("GITHUB_TOKEN");
        var head = fixture.Work.Git("rev-parse", "HEAD");

        var result = fixture.Run("release", "--publish");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("steward: error: ").And.Contain("GITHUB_TOKEN");
        fixture.Work.Git("rev-parse", "HEAD").Should().Be(head);
        fixture.Work.Git("tag", "--list").Should().NotContain("v1.1.0");
        github.Log.Should().BeEmpty();
    }

    [Fact]
    public void A_dry_run_lists_the_forge_step_after_the_push_and_calls_no_forge()
    {
        var result = fixture.Run("release", "--publish", "--dry-run");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("  git push --atomic --porcelain -- origin HEAD:refs/heads/main refs/tags/v1.1.0\n  forge: reconcile the GitHub release v1.1.0 of acme/demo (notes sha256 ")
            .And.Contain(", 2 assets, latest)\ndry run: nothing was changed\n");
        github.Log.Should().BeEmpty();
    }

    [Fact]
    public void A_dry_run_in_json_gives_the_forge_step_as_data_without_the_token()
    {
        var result = fixture.Run("release", "--publish", "--dry-run", "--json");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var steps = json.RootElement.GetProperty("steps").EnumerateArray().ToList();
        steps.Select(s => s.GetProperty("kind").GetString()).Should().EndWith(["git", "forge"]);
        var forge = steps[^1];
        forge.GetProperty("forge").GetString().Should().Be("github");
        forge.GetProperty("repository").GetString().Should().Be("acme/demo");
        forge.GetProperty("tag").GetString().Should().Be("v1.1.0");
        forge.GetProperty("notesSha256").GetString().Should().MatchRegex("^[0-9a-f]{64}$");
        forge.GetProperty("latest").GetBoolean().Should().BeTrue();
        forge.GetProperty("draft").GetBoolean().Should().BeFalse();
        forge.GetProperty("assets").EnumerateArray().Select(a => (a.GetProperty("path").GetString(), a.GetProperty("size").GetInt64()))
            .Should().BeEquivalentTo([("dist/SHA256SUMS", 5L), ("dist/demo-v1.0.0.tar.gz", 14L)]);
        forge.GetProperty("calls").ValueKind.Should().Be(JsonValueKind.Null, "a release's dry run asks no forge");
        result.Out.Should().NotContain(FakeGitHub.Token);
        github.Log.Should().BeEmpty();
    }
}

using System.Text;
using FluentAssertions;
using Steward.Tests.Support;
using Xunit;

namespace Steward.Tests.Forge;

/// <summary>
/// steward publish against the fake Gitea (Forgejo, Codeberg): a draft first, multipart attachments, then published;
/// drafts found by listing, reruns that change nothing, attachments without digests compared by size and then by a
/// downloaded SHA-256, lost answers re-read, prereleases.
/// </summary>
public sealed class PublishGiteaTests : IAsyncLifetime
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
    public void A_new_release_is_created_as_a_draft_given_its_attachments_then_published()
    {
        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        result.Out.Should().Contain("published v1.0.0 on Gitea (acme/demo)");
        var release = gitea.Releases.Should().ContainSingle().Subject;
        release.Draft.Should().BeFalse();
        release.Prerelease.Should().BeFalse();
        release.Body.Should().Be(Notes());
        release.Assets.Select(a => (a.Name, Encoding.UTF8.GetString(a.Content))).Should().BeEquivalentTo([("demo-v1.0.0.tar.gz", "archive bytes\n"), ("SHA256SUMS", "sums\n")]);
        gitea.Writes.Select(w => w.Split(" -> ")[0].Split('?')[0].Replace($"/{release.Id}", "/ID", StringComparison.Ordinal)).Should().Equal(
            "POST /api/v1/repos/acme/demo/releases",
            "POST /api/v1/repos/acme/demo/releases/ID/assets",
            "POST /api/v1/repos/acme/demo/releases/ID/assets",
            "PATCH /api/v1/repos/acme/demo/releases/ID");
    }

    [Fact]
    public void A_rerun_of_a_finished_publish_changes_nothing_and_downloads_each_attachment_once_to_compare()
    {
        fixture.Run("publish").ExitCode.Should().Be(0);
        var writes = gitea.Writes.Count();

        var rerun = fixture.Run("publish");

        rerun.ExitCode.Should().Be(0, rerun.Error);
        rerun.Out.Should().Contain("v1.0.0 is on Gitea (acme/demo) as wanted; nothing changed").And.Contain("unchanged: SHA256SUMS, demo-v1.0.0.tar.gz");
        gitea.Writes.Should().HaveCount(writes);
        gitea.Log.Count(l => l.StartsWith("GET /attachments/", StringComparison.Ordinal)).Should().Be(2);
    }

    [Fact]
    public void A_changed_file_of_the_same_size_is_found_by_its_download_and_replaced()
    {
        var release = gitea.AddRelease("v1.0.0", draft: false, body: Notes());
        var same = gitea.AddAsset(release, "SHA256SUMS", Encoding.UTF8.GetBytes("sums\n"));
        var stale = gitea.AddAsset(release, "demo-v1.0.0.tar.gz", Encoding.UTF8.GetBytes("archive BYTES\n"));
        gitea.AddAsset(release, "notes.txt", [1]);

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(0, result.Error);
        gitea.Writes.Should().HaveCount(2).And.Contain($"DELETE /api/v1/repos/acme/demo/releases/{release.Id}/assets/{stale.Id} -> 204");
        release.Assets.Should().Contain(same);
        Encoding.UTF8.GetString(release.Assets.Single(a => a.Name == "demo-v1.0.0.tar.gz").Content).Should().Be("archive bytes\n");
        result.Out.Should().Contain("left alone (not among the assets): notes.txt");
    }

    [Fact]
    public void A_file_of_another_size_is_replaced_without_a_download()
    {
        var release = gitea.AddRelease("v1.0.0", draft: false, body: Notes());
        gitea.AddAsset(release, "demo-v1.0.0.tar.gz", Encoding.UTF8.GetBytes("an older, longer archive\n"));
        gitea.AddAsset(release, "SHA256SUMS", Encoding.UTF8.GetBytes("sums\n"));

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(0, result.Error);
        gitea.Log.Where(l => l.StartsWith("GET /attachments/", StringComparison.Ordinal)).Should().ContainSingle("only SHA256SUMS has the wanted size");
        Encoding.UTF8.GetString(release.Assets.Single(a => a.Name == "demo-v1.0.0.tar.gz").Content).Should().Be("archive bytes\n");
    }

    [Fact]
    public void An_attachment_served_from_another_host_is_not_downloaded_with_the_token_and_is_compared_by_size()
    {
        gitea.DownloadBase = "http://downloads.invalid";
        var release = gitea.AddRelease("v1.0.0", draft: false, body: Notes());
        gitea.AddAsset(release, "SHA256SUMS", Encoding.UTF8.GetBytes("SUMS\n"));

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("unchanged: SHA256SUMS");
        Encoding.UTF8.GetString(release.Assets.Single(a => a.Name == "SHA256SUMS").Content).Should().Be("SUMS\n", "same size, and the forge's address is not trusted with the token");
    }

    [Fact]
    public void A_draft_found_only_by_listing_is_finished_not_duplicated()
    {
        var draft = gitea.AddRelease("v1.0.0", draft: true, body: "old");
        gitea.AddAsset(draft, "demo-v1.0.0.tar.gz", Encoding.UTF8.GetBytes("archive bytes\n"));
        gitea.AddRelease("v0.9.0", draft: false);

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(0, result.Error);
        gitea.Releases.Where(r => r.Tag == "v1.0.0").Should().ContainSingle().Which.Draft.Should().BeFalse();
        draft.Assets.Select(a => a.Name).Should().BeEquivalentTo("demo-v1.0.0.tar.gz", "SHA256SUMS");
        draft.Body.Should().Be(Notes());
        gitea.Log.Should().Contain(l => l.StartsWith("GET /api/v1/repos/acme/demo/releases/tags/v1.0.0 -> 404", StringComparison.Ordinal))
            .And.Contain(l => l.StartsWith("GET /api/v1/repos/acme/demo/releases?limit=50&page=1 -> 200", StringComparison.Ordinal));
    }

    [Fact]
    public void A_draft_is_left_for_a_maintainer_and_a_later_run_without_draft_publishes_it()
    {
        var draft = fixture.Run("publish", "--draft");

        draft.ExitCode.Should().Be(0, draft.Error);
        draft.Out.Should().Contain("v1.0.0 is a draft on Gitea (acme/demo), for a maintainer to publish");
        gitea.Releases.Should().ContainSingle().Which.Draft.Should().BeTrue();

        var publish = fixture.Run("publish");

        publish.ExitCode.Should().Be(0, publish.Error);
        gitea.Releases.Should().ContainSingle().Which.Draft.Should().BeFalse();
        gitea.Writes.Count(w => w.Contains("/assets?", StringComparison.Ordinal)).Should().Be(2, "the attachments went up once");
    }

    [Fact]
    public void An_upload_whose_answer_was_lost_is_read_again_not_duplicated()
    {
        gitea.Inject(new FakeForgeFault("POST", "/assets", 502) { AfterWork = true });

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(0, result.Error);
        var release = gitea.Releases.Should().ContainSingle().Subject;
        release.Assets.Should().HaveCount(2);
        release.Draft.Should().BeFalse();
        gitea.Writes.Count(w => w.Contains("/assets?", StringComparison.Ordinal)).Should().Be(2);
    }

    [Fact]
    public void A_publish_stopped_half_way_is_finished_by_a_rerun_without_duplicates()
    {
        gitea.Inject(new FakeForgeFault("POST", "/assets", 403) { Body = """{"message":"user should have a permission to write to a repo"}""" });

        var failed = fixture.Run("publish");

        failed.ExitCode.Should().Be(1);
        failed.Error.Should().MatchRegex(@"^steward: error: Gitea refused POST /api/v1/repos/acme/demo/releases/\d+/assets \(403: user should have a permission to write to a repo\): the token in GITEA_TOKEN lacks write access to the repository's releases \(Gitea: write access to the repository, a token with the write:repository scope\)\n$");
        gitea.Releases.Should().ContainSingle().Which.Draft.Should().BeTrue("nothing is published before its attachments are there");

        var rerun = fixture.Run("publish");

        rerun.ExitCode.Should().Be(0, rerun.Error);
        var release = gitea.Releases.Should().ContainSingle().Subject;
        release.Draft.Should().BeFalse();
        release.Assets.Select(a => a.Name).Should().BeEquivalentTo("demo-v1.0.0.tar.gz", "SHA256SUMS");
    }

    [Fact]
    public void A_prerelease_is_marked_so()
    {
        fixture.Release("v1.1.0-rc.1");

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(0, result.Error);
        gitea.Releases.Should().ContainSingle().Which.Prerelease.Should().BeTrue();
        result.Out.Should().NotContain("latest");
    }

    [Fact]
    public void A_forgejo_token_is_read_too()
    {
        fixture.Environment.Remove("GITEA_TOKEN");
        fixture.Environment["FORGEJO_TOKEN"] = FakeGitea.Token;
        fixture.WriteConfig();
        fixture.Work.WriteFile("steward.yml", fixture.Work.ReadFile("steward.yml").Replace("type: gitea", "type: forgejo", StringComparison.Ordinal));

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(0, result.Error);
        gitea.Releases.Should().ContainSingle();
    }

    [Fact]
    public void A_dry_run_prints_the_plan_from_read_only_calls()
    {
        var result = fixture.Run("publish", "--dry-run");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().StartWith("Publishing v1.0.0 on Gitea (acme/demo) would:\n  create draft release v1.0.0\n").And.EndWith("  publish v1.0.0\n");
        gitea.Writes.Should().BeEmpty();
    }

    private string Notes() => StewardRunner.Run(fixture.Work.Root, null, TestEnvironment.Create(), "notes", "--version", "1.0.0").Out;
}

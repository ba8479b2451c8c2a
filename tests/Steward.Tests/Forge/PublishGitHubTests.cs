using System.Text;
using System.Text.Json;
using FluentAssertions;
using Steward.Tests.Support;
using Xunit;

namespace Steward.Tests.Forge;

/// <summary>steward publish against the fake GitHub: reconciling, reruns, drafts, latest and prereleases, dry runs.</summary>
public sealed class PublishGitHubTests : IAsyncLifetime
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
    public void A_new_release_is_created_as_a_draft_given_its_assets_then_published_as_latest()
    {
        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        result.Out.Should().Contain("published v1.0.0 on GitHub (acme/demo)");
        var release = github.Releases.Should().ContainSingle().Subject;
        release.Tag.Should().Be("v1.0.0");
        release.Draft.Should().BeFalse();
        release.MakeLatest.Should().Be("true");
        release.Prerelease.Should().BeFalse();
        release.Body.Should().Be(StewardRunner.Run(fixture.Work.Root, null, TestEnvironment.Create(), "notes", "--version", "1.0.0").Out);
        release.Assets.Select(a => (a.Name, Encoding.UTF8.GetString(a.Content))).Should().BeEquivalentTo(
            [("demo-v1.0.0.tar.gz", "archive bytes\n"), ("SHA256SUMS", "sums\n")]);
        release.Assets.Single(a => a.Name == "SHA256SUMS").ContentType.Should().Be("application/octet-stream");
        github.Writes.Select(w => w.Split('?')[0].Split(' ')[0] + " " + Shape(w)).Should().Equal(
            "POST releases", "POST assets", "POST assets", "PATCH release");
    }

    [Fact]
    public void A_rerun_of_a_finished_publish_changes_nothing_and_exits_0()
    {
        fixture.Run("publish").ExitCode.Should().Be(0);
        var writes = github.Writes.Count();

        var rerun = fixture.Run("publish");

        rerun.ExitCode.Should().Be(0, rerun.Error);
        rerun.Out.Should().Contain("v1.0.0 is on GitHub (acme/demo) as wanted; nothing changed").And.Contain("unchanged: SHA256SUMS, demo-v1.0.0.tar.gz");
        github.Writes.Should().HaveCount(writes);
        github.Releases.Should().ContainSingle().Which.Assets.Should().HaveCount(2);
    }

    [Fact]
    public void A_draft_found_only_by_listing_is_finished_not_duplicated()
    {
        var draft = github.AddRelease("v1.0.0", draft: true, body: "old");
        github.AddAsset(draft, "demo-v1.0.0.tar.gz", Encoding.UTF8.GetBytes("archive bytes\n"));
        github.AddRelease("v0.9.0", draft: false);

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(0, result.Error);
        github.Releases.Where(r => r.Tag == "v1.0.0").Should().ContainSingle().Which.Draft.Should().BeFalse();
        draft.Assets.Select(a => a.Name).Should().BeEquivalentTo("demo-v1.0.0.tar.gz", "SHA256SUMS");
        github.Log.Should().Contain(l => l.StartsWith("GET /repos/acme/demo/releases/tags/v1.0.0 -> 404", StringComparison.Ordinal))
            .And.Contain(l => l.StartsWith("GET /repos/acme/demo/releases?per_page=100&page=1 -> 200", StringComparison.Ordinal));
        github.Writes.Select(Shape).Should().Equal("release", "assets", "release");
    }

    [Fact]
    public void An_asset_whose_sha256_differs_is_replaced_and_an_identical_one_left_alone()
    {
        var release = github.AddRelease("v1.0.0", draft: false, body: Notes());
        var same = github.AddAsset(release, "SHA256SUMS", Encoding.UTF8.GetBytes("sums\n"));
        var stale = github.AddAsset(release, "demo-v1.0.0.tar.gz", Encoding.UTF8.GetBytes("old archive\n"));
        github.AddAsset(release, "notes.txt", [1]);

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(0, result.Error);
        github.Writes.Should().HaveCount(2).And.Contain($"DELETE /repos/acme/demo/releases/assets/{stale.Id} -> 204");
        release.Assets.Should().Contain(same);
        Encoding.UTF8.GetString(release.Assets.Single(a => a.Name == "demo-v1.0.0.tar.gz").Content).Should().Be("archive bytes\n");
        result.Out.Should().Contain("left alone (not among the assets): notes.txt");
    }

    [Fact]
    public void A_half_finished_upload_is_deleted_and_uploaded_again_in_the_same_run()
    {
        github.Inject(new FakeGitHubFault("POST", "/assets", 502) { HalfUpload = true, Body = "{}" });

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(0, result.Error);
        var release = github.Releases.Should().ContainSingle().Subject;
        release.Assets.Should().HaveCount(2).And.OnlyContain(a => a.State == "uploaded");
        release.Draft.Should().BeFalse();
        github.Writes.Should().Contain(w => w.StartsWith("DELETE /repos/acme/demo/releases/assets/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_create_whose_answer_was_lost_is_read_again_not_repeated()
    {
        github.Inject(new FakeGitHubFault("POST", "/releases", 502) { AfterWork = true, Body = "{}" });

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(0, result.Error);
        github.Releases.Should().ContainSingle().Which.Assets.Should().HaveCount(2);
        github.Writes.Count(w => w.StartsWith("POST /repos/acme/demo/releases -> ", StringComparison.Ordinal)).Should().Be(1);
    }

    [Fact]
    public void A_draft_is_left_for_a_maintainer_and_a_later_run_without_draft_publishes_it()
    {
        var draft = fixture.Run("publish", "--draft");

        draft.ExitCode.Should().Be(0, draft.Error);
        draft.Out.Should().Contain("v1.0.0 is a draft on GitHub (acme/demo), for a maintainer to publish");
        github.Releases.Should().ContainSingle().Which.Draft.Should().BeTrue();

        var publish = fixture.Run("publish");

        publish.ExitCode.Should().Be(0, publish.Error);
        github.Releases.Should().ContainSingle().Which.Draft.Should().BeFalse();
        github.Writes.Count(w => w.StartsWith("POST /repos/acme/demo/releases/", StringComparison.Ordinal)).Should().Be(2, "the assets went up once");
    }

    [Fact]
    public void Publish_draft_in_steward_yml_leaves_a_draft()
    {
        fixture.WriteConfig("publish:\n  draft: true\n");

        fixture.Run("publish").ExitCode.Should().Be(0);

        github.Releases.Should().ContainSingle().Which.Draft.Should().BeTrue();
    }

    [Fact]
    public void A_maintenance_release_is_not_made_latest()
    {
        fixture.Release("v2.0.0");
        fixture.Work.Git("checkout", "-q", "-b", "support/1.x", "v1.0.0");
        fixture.WriteConfig();
        fixture.Work.WriteFile("dist/SHA256SUMS", "sums\n");
        fixture.Release("v1.0.1");

        var result = fixture.Run("publish", "--tag", "v1.0.1");

        result.ExitCode.Should().Be(0, result.Error);
        github.Releases.Should().ContainSingle().Which.MakeLatest.Should().Be("false");
    }

    [Fact]
    public void A_prerelease_is_marked_so_and_not_latest()
    {
        fixture.Release("v1.1.0-rc.1");

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(0, result.Error);
        var release = github.Releases.Should().ContainSingle().Subject;
        release.Prerelease.Should().BeTrue();
        release.MakeLatest.Should().Be("false");
    }

    [Fact]
    public void Assets_option_replaces_the_configured_globs()
    {
        fixture.Work.WriteFile("build/app.zip", "zip\n");

        var result = fixture.Run("publish", "--assets", "build/*.zip", "dist/SHA256SUMS");

        result.ExitCode.Should().Be(0, result.Error);
        github.Releases.Single().Assets.Select(a => a.Name).Should().BeEquivalentTo("app.zip", "SHA256SUMS");
    }

    [Fact]
    public void A_dry_run_prints_the_plan_from_read_only_calls()
    {
        var result = fixture.Run("publish", "--dry-run");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Be(
            "Publishing v1.0.0 on GitHub (acme/demo) would:\n"
            + "  create draft release v1.0.0\n"
            + $"  upload dist/SHA256SUMS as SHA256SUMS (5 bytes, sha256:{Sha("sums\n")})\n"
            + $"  upload dist/demo-v1.0.0.tar.gz as demo-v1.0.0.tar.gz (14 bytes, sha256:{Sha("archive bytes\n")})\n"
            + "  publish v1.0.0 as the latest release\n");
        github.Writes.Should().BeEmpty();
        github.Releases.Should().BeEmpty();
    }

    [Fact]
    public void A_dry_run_in_json_lists_the_calls_made_and_the_calls_it_would_make()
    {
        var release = github.AddRelease("v1.0.0", draft: true, body: Notes());
        github.AddAsset(release, "SHA256SUMS", Encoding.UTF8.GetBytes("sums\n"));

        var result = fixture.Run("publish", "--dry-run", "--json");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        root.GetProperty("dryRun").GetBoolean().Should().BeTrue();
        root.GetProperty("unchanged").EnumerateArray().Select(e => e.GetString()).Should().Equal("SHA256SUMS");
        root.GetProperty("steps").EnumerateArray().Select(e => e.GetProperty("action").GetString()).Should().Equal("upload-asset", "publish");
        var calls = root.GetProperty("calls").EnumerateArray()
            .Select(c => $"{c.GetProperty("method").GetString()} {c.GetProperty("url").GetString()!.Replace(github.Url, string.Empty, StringComparison.Ordinal)} {(c.GetProperty("status").ValueKind == JsonValueKind.Null ? "-" : c.GetProperty("status").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture))}")
            .ToList();
        calls.Should().Equal(
            "GET /repos/acme/demo/releases/tags/v1.0.0 404",
            "GET /repos/acme/demo/releases 200",
            $"POST /repos/acme/demo/releases/{release.Id}/assets?name=demo-v1.0.0.tar.gz -",
            $"PATCH /repos/acme/demo/releases/{release.Id} -");
        github.Writes.Should().BeEmpty();
    }

    private string Notes() => StewardRunner.Run(fixture.Work.Root, null, TestEnvironment.Create(), "notes", "--version", "1.0.0").Out;

    private static string Sha(string text) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>"release", "releases" or "assets": what a logged write was about.</summary>
    private static string Shape(string line)
    {
        var path = line.Split(' ')[1].Split('?')[0];
        return path.EndsWith("/assets", StringComparison.Ordinal) ? "assets" : path.EndsWith("/releases", StringComparison.Ordinal) ? "releases" : "release";
    }
}

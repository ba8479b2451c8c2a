using System.Text;
using FluentAssertions;
using Steward.Tests.Support;
using Xunit;

namespace Steward.Tests.Forge;

/// <summary>
/// steward publish against the fake GitLab: the release created published (no drafts), each file put into the generic
/// package registry and linked, reruns that change nothing, half-finished publishes finished without duplicates,
/// changed files replaced by their SHA-256, drafts refused, job tokens, subgroups, release --publish and forge doctor.
/// </summary>
public sealed class PublishGitLabTests : IAsyncLifetime
{
    private FakeGitLab gitlab = null!;
    private PublishFixture fixture = null!;

    public async Task InitializeAsync()
    {
        gitlab = await FakeGitLab.StartAsync();
        fixture = PublishFixture.ForGitLab(gitlab);
    }

    public async Task DisposeAsync()
    {
        fixture.Dispose();
        await gitlab.DisposeAsync();
    }

    [Fact]
    public void A_new_release_is_created_then_each_file_put_into_the_package_registry_and_linked()
    {
        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        result.Out.Should().Contain("  create release v1.0.0 (published at once: the forge keeps no drafts)\n")
            .And.Contain("published v1.0.0 on GitLab (acme/demo)").And.NotContain("draft release");
        var release = gitlab.Releases.Should().ContainSingle().Subject;
        release.Tag.Should().Be("v1.0.0");
        release.Description.Should().Be(Notes());
        var package = gitlab.Packages.Should().ContainSingle().Subject;
        (package.Name, package.Version).Should().Be(("demo", "1.0.0"));
        package.Files.Select(f => (f.FileName, Encoding.UTF8.GetString(f.Content))).Should().BeEquivalentTo([("demo-v1.0.0.tar.gz", "archive bytes\n"), ("SHA256SUMS", "sums\n")]);
        release.Links.Select(l => (l.Name, l.Url, l.LinkType, l.DirectAssetPath)).Should().BeEquivalentTo(
        [
            ("demo-v1.0.0.tar.gz", gitlab.FileUrl("1.0.0", "demo-v1.0.0.tar.gz"), "package", "/demo-v1.0.0.tar.gz"),
            ("SHA256SUMS", gitlab.FileUrl("1.0.0", "SHA256SUMS"), "package", "/SHA256SUMS"),
        ]);
        gitlab.Writes.Select(Shape).Should().Equal("POST releases", "PUT file", "POST link", "PUT file", "POST link");
        gitlab.Log.Should().Contain(l => l.StartsWith("PUT /api/v4/projects/acme%2Fdemo/packages/generic/demo/1.0.0/SHA256SUMS?select=package_file -> 201", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rerun_of_a_finished_publish_changes_nothing_and_exits_0()
    {
        fixture.Run("publish").ExitCode.Should().Be(0);
        var writes = gitlab.Writes.Count();

        var rerun = fixture.Run("publish");

        rerun.ExitCode.Should().Be(0, rerun.Error);
        rerun.Out.Should().Contain("v1.0.0 is on GitLab (acme/demo) as wanted; nothing changed").And.Contain("unchanged: SHA256SUMS, demo-v1.0.0.tar.gz");
        gitlab.Writes.Should().HaveCount(writes);
        gitlab.Packages.Single().Files.Should().HaveCount(2);
    }

    [Fact]
    public void A_link_whose_answer_was_lost_is_read_again_not_made_twice()
    {
        gitlab.Inject(new FakeForgeFault("POST", "/assets/links", 502) { AfterWork = true });

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(0, result.Error);
        gitlab.Releases.Single().Links.Should().HaveCount(2);
        gitlab.Packages.Single().Files.Should().HaveCount(2);
        gitlab.Writes.Count(w => w.StartsWith("PUT ", StringComparison.Ordinal)).Should().Be(2, "no file went up twice");
    }

    [Fact]
    public void A_file_upload_whose_answer_was_lost_is_linked_not_uploaded_again()
    {
        gitlab.Inject(new FakeForgeFault("PUT", "/packages/generic/", 502) { AfterWork = true });

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(0, result.Error);
        gitlab.Packages.Single().Files.Should().HaveCount(2);
        gitlab.Releases.Single().Links.Should().HaveCount(2);
        gitlab.Writes.Count(w => w.StartsWith("PUT ", StringComparison.Ordinal)).Should().Be(2);
    }

    [Fact]
    public void A_publish_that_stopped_between_upload_and_link_is_finished_by_a_rerun_without_a_second_file()
    {
        gitlab.Inject(new FakeForgeFault("POST", "/assets/links", 403) { Body = """{"message":"403 Forbidden"}""" });

        var failed = fixture.Run("publish");

        failed.ExitCode.Should().Be(1);
        failed.Error.Should().Be("steward: error: GitLab refused POST /api/v4/projects/acme%2Fdemo/releases/v1.0.0/assets/links (403: 403 Forbidden): the token in GITLAB_TOKEN lacks write access to the repository's releases (GitLab: the Developer role or higher, a token with the api scope)\n");
        gitlab.Packages.Single().Files.Should().ContainSingle("the first file went up, its link failed");

        var rerun = fixture.Run("publish");

        rerun.ExitCode.Should().Be(0, rerun.Error);
        gitlab.Packages.Single().Files.Should().HaveCount(2, "the file already there was linked, not uploaded again");
        gitlab.Releases.Single().Links.Should().HaveCount(2);
    }

    [Fact]
    public void A_file_whose_sha256_differs_is_replaced_an_identical_one_and_a_hand_made_link_left_alone()
    {
        var release = gitlab.AddRelease("v1.0.0", Notes());
        gitlab.AddPackageFile("1.0.0", "SHA256SUMS", Encoding.UTF8.GetBytes("sums\n"));
        var stale = gitlab.AddPackageFile("1.0.0", "demo-v1.0.0.tar.gz", Encoding.UTF8.GetBytes("old archive\n"));
        var same = gitlab.AddLink(release, "SHA256SUMS", gitlab.FileUrl("1.0.0", "SHA256SUMS"));
        var old = gitlab.AddLink(release, "demo-v1.0.0.tar.gz", gitlab.FileUrl("1.0.0", "demo-v1.0.0.tar.gz"));
        gitlab.AddLink(release, "Documentation", "https://docs.example/demo");

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(0, result.Error);
        gitlab.Writes.Select(Shape).Should().Equal("DELETE link", "DELETE file", "PUT file", "POST link");
        gitlab.Writes.Should().Contain($"DELETE /api/v4/projects/acme%2Fdemo/releases/v1.0.0/assets/links/{old.Id} -> 200");
        release.Links.Should().Contain(same);
        gitlab.Packages.Single().Files.Should().NotContain(stale).And.HaveCount(2);
        Encoding.UTF8.GetString(gitlab.Packages.Single().Files.Single(f => f.FileName == "demo-v1.0.0.tar.gz").Content).Should().Be("archive bytes\n");
        result.Out.Should().Contain("left alone (not among the assets): Documentation");
    }

    [Fact]
    public void Changed_notes_are_updated_in_place()
    {
        gitlab.AddRelease("v1.0.0", "old notes");

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(0, result.Error);
        gitlab.Releases.Single().Description.Should().Be(Notes());
        gitlab.Writes.First().Should().StartWith("PUT /api/v4/projects/acme%2Fdemo/releases/v1.0.0 -> 200");
    }

    [Fact]
    public void A_draft_is_refused_before_any_call_as_gitlab_keeps_none()
    {
        var option = fixture.Run("publish", "--draft");

        option.ExitCode.Should().Be(2);
        option.Error.Should().Be("steward: error: --draft: GitLab keeps no draft releases, and a release created there is public at once; publish without a draft (drop --draft, set publish.draft: false)\n");

        fixture.WriteConfig("publish:\n  draft: true\n");
        var config = fixture.Run("publish");

        config.ExitCode.Should().Be(2);
        config.Error.Should().StartWith("steward: error: steward.yml: publish.draft: GitLab keeps no draft releases");
        gitlab.Log.Should().BeEmpty();
    }

    [Fact]
    public void A_prerelease_is_published_as_gitlab_has_no_such_flag()
    {
        fixture.Release("v1.1.0-rc.1");

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(0, result.Error);
        gitlab.Releases.Single().Tag.Should().Be("v1.1.0-rc.1");
        gitlab.Packages.Single().Version.Should().Be("1.1.0-rc.1");
        fixture.Run("publish").Out.Should().Contain("as wanted; nothing changed");
    }

    [Fact]
    public void A_ci_job_token_is_sent_as_job_token()
    {
        fixture.Environment.Remove("GITLAB_TOKEN");
        fixture.Environment["CI_JOB_TOKEN"] = FakeGitLab.JobToken;

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(0, result.Error);
        gitlab.Releases.Single().Links.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_project_in_a_subgroup_is_addressed_by_its_encoded_path()
    {
        await using var nested = await FakeGitLab.StartAsync("platform/tools/demo");
        using var other = PublishFixture.Create(nested.Api, type: "gitlab");
        other.Environment["GITLAB_TOKEN"] = FakeGitLab.Token;
        other.WriteConfig(repository: "platform/tools/demo");

        var result = other.Run("publish");

        result.ExitCode.Should().Be(0, result.Error);
        nested.Releases.Single().Links.Should().HaveCount(2);
        nested.Log.Should().Contain(l => l.StartsWith("POST /api/v4/projects/platform%2Ftools%2Fdemo/releases -> 201", StringComparison.Ordinal));
    }

    [Fact]
    public void A_dry_run_prints_the_plan_from_read_only_calls()
    {
        var result = fixture.Run("publish", "--dry-run");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().StartWith("Publishing v1.0.0 on GitLab (acme/demo) would:\n  create release v1.0.0 (published at once: the forge keeps no drafts)\n  upload dist/SHA256SUMS");
        result.Out.Should().NotContain("publish v1.0.0");
        gitlab.Writes.Should().BeEmpty();
    }

    [Fact]
    public void A_dry_run_as_json_lists_both_calls_of_each_upload_the_file_and_its_link()
    {
        var result = fixture.Run("publish", "--dry-run", "--json");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        var planned = json.RootElement.GetProperty("calls").EnumerateArray()
            .Where(c => c.GetProperty("status").ValueKind == System.Text.Json.JsonValueKind.Null)
            .Select(c => Shape($"{c.GetProperty("method").GetString()} {new Uri(c.GetProperty("url").GetString()!).AbsolutePath}"))
            .ToList();
        planned.Should().Equal("POST releases", "PUT file", "POST link", "PUT file", "POST link");
        gitlab.Writes.Should().BeEmpty();

        fixture.Run("publish").ExitCode.Should().Be(0);
        gitlab.Writes.Select(Shape).Should().Equal("POST releases", "PUT file", "POST link", "PUT file", "POST link");
    }

    [Fact]
    public void Upload_progress_goes_to_a_terminal_only()
    {
        fixture.ErrorIsTerminal = true;

        var result = fixture.Run("publish");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().Be("steward: uploading SHA256SUMS (5 bytes)...\nsteward: uploading demo-v1.0.0.tar.gz (14 bytes)...\n");
    }

    private string Notes() => StewardRunner.Run(fixture.Work.Root, null, TestEnvironment.Create(), "notes", "--version", "1.0.0").Out;

    /// <summary>"POST releases", "PUT file", "POST link", "DELETE link", "DELETE file": what a logged write was about.</summary>
    private static string Shape(string line)
    {
        var parts = line.Split(' ');
        var path = parts[1].Split('?')[0];
        var what = path.Contains("/packages/", StringComparison.Ordinal) ? "file" : path.Contains("/assets/links", StringComparison.Ordinal) ? "link" : "releases";
        return $"{parts[0]} {what}";
    }
}

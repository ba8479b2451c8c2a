using FluentAssertions;
using Xunit;

namespace Steward.Tests.Forge;

/// <summary>
/// <c>--pr-notes api</c> on the fake GitHub: the description of a pull request a squash commit names is read through
/// the API when the commit text names no notes; its block is the notes, NONE leaves it out, a 404 or a missing token
/// leaves the commit text with one warning, a forge that keeps failing is one error naming the pull request, a hostile
/// description is escaped, and the notes a release wrote are read back offline, identical.
/// </summary>
public sealed class PullRequestNotesApiTests : IAsyncLifetime
{
    private const string Block = "Add storage.\n\n```release-note\nUploads larger than 5 GiB are split into parts.\n```\n";

    private FakeGitHub github = null!;
    private PublishFixture fixture = null!;

    public async Task InitializeAsync()
    {
        github = await FakeGitHub.StartAsync();
        fixture = PublishFixture.Create(github.Url);
        fixture.Work.WriteFile(".gitignore", "dist/\n");
        fixture.Work.Commit("chore: release from the forge's repository");
        fixture.Work.WriteFile("app.txt", "storage\n");
        fixture.Work.Commit("feat: add blob storage (#7)");
        fixture.Work.Git("push", "-q", "origin", "main");
    }

    public async Task DisposeAsync()
    {
        fixture.Dispose();
        await github.DisposeAsync();
    }

    [Fact]
    public void The_block_of_the_pull_request_description_is_the_note()
    {
        github.AddMergedPull(7, "feat: add blob storage", Block);

        var result = fixture.Run("notes", "--pr-notes", "api");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        result.Out.Should().Contain("Uploads larger than 5 GiB are split into parts.").And.NotContain("add blob storage");
        github.Log.Should().Contain("GET /repos/acme/demo/pulls/7 -> 200");
    }

    [Fact]
    public void Without_the_option_the_commit_text_is_used_and_the_forge_is_not_asked()
    {
        github.AddMergedPull(7, "feat: add blob storage", Block);

        var result = fixture.Run("notes");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("add blob storage").And.NotContain("Uploads larger");
        github.Log.Should().BeEmpty();
    }

    [Fact]
    public void Notes_prNotes_api_in_steward_yml_reads_the_description_too()
    {
        fixture.WriteConfig("notes:\n  prNotes: api\n");
        fixture.Work.Commit("chore: notes from the API");
        github.AddMergedPull(7, "feat: add blob storage", "## Release notes\n\n- Storage in Azure blobs.\n");

        var result = fixture.Run("notes");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("Storage in Azure blobs.").And.NotContain("add blob storage");
    }

    [Fact]
    public void A_description_that_says_NONE_leaves_the_pull_request_out()
    {
        fixture.Work.WriteFile("fix.txt", "fix\n");
        fixture.Work.Commit("fix: keep the cache warm");
        github.AddMergedPull(7, "feat: add blob storage", "Internal only.\n\nRelease-Note: NONE\n");

        var result = fixture.Run("notes", "--pr-notes", "api");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().NotContain("blob storage").And.Contain("keep the cache warm");
    }

    [Fact]
    public void A_commit_whose_text_names_notes_is_not_asked_for()
    {
        fixture.Work.WriteFile("more.txt", "more\n");
        fixture.Work.Commit("fix: retry uploads (#8)\n\nRelease-Note: Uploads are retried.");
        github.AddMergedPull(7, "feat: add blob storage", Block);
        github.AddMergedPull(8, "fix: retry uploads", "Release-Note: from the API");

        var result = fixture.Run("notes", "--pr-notes", "api");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("Uploads are retried.").And.NotContain("from the API");
        github.Log.Should().Contain("GET /repos/acme/demo/pulls/7 -> 200").And.NotContain(l => l.Contains("/pulls/8", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pull_request_the_forge_does_not_have_falls_back_to_the_commit_text_with_a_warning()
    {
        var result = fixture.Run("notes", "--pr-notes", "api");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().Be("steward: warning: pull request #7 is not on GitHub (404): its notes use the commit text\n");
        result.Out.Should().Contain("add blob storage");
    }

    [Fact]
    public void Without_a_token_one_warning_and_the_commit_text()
    {
        fixture.Environment.Remove("GITHUB_TOKEN");
        github.AddMergedPull(7, "feat: add blob storage", Block);

        var result = fixture.Run("notes", "--pr-notes", "api");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().Be("steward: warning: pull request descriptions not read from the forge (--pr-notes api): no forge token in the environment: set STEWARD_FORGE_TOKEN or GITHUB_TOKEN or GH_TOKEN (a token is never read from a file); the notes use the commit text\n");
        result.Out.Should().Contain("add blob storage");
        github.Log.Should().BeEmpty();
    }

    [Fact]
    public void A_forge_that_keeps_failing_is_one_error_naming_the_pull_request_and_nothing_is_written()
    {
        github.AddMergedPull(7, "feat: add blob storage", Block);
        github.Inject(new FakeGitHubFault("GET", "/pulls/7", 503, Times: 10));
        var head = fixture.Work.Git("rev-parse", "HEAD");

        var result = fixture.Run("release", "--pr-notes", "api");

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("steward: error: the description of pull request #7 could not be read (--pr-notes api): GitHub answered 503 to GET ")
            .And.EndWith("; nothing was changed; rerun later, or with --pr-notes commits\n");
        result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(1);
        github.Log.Count(l => l.Contains("/pulls/7", StringComparison.Ordinal)).Should().BeGreaterThan(1, "a 5xx is retried first");
        fixture.Work.Git("rev-parse", "HEAD").Should().Be(head);
        fixture.Work.Git("tag", "--list", "v1.1.0").Should().BeEmpty();
    }

    [Fact]
    public void A_hostile_description_is_cleaned_and_escaped_like_commit_text()
    {
        github.AddMergedPull(7, "feat: add blob storage", "```release-note\n# Owned <script>alert(1)</script>\u001b[31m red\u202e\n```\n");

        var result = fixture.Run("notes", "--pr-notes", "api");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().NotContain("<script>").And.NotContain("\u001b").And.NotContain("\u202e").And.NotContain("\n# Owned");
        result.Out.Should().Contain("&lt;script>");
    }

    [Fact]
    public void The_release_records_the_notes_it_read_so_a_rerun_offline_gives_the_same_notes()
    {
        github.AddMergedPull(7, "feat: add blob storage", Block);

        var released = fixture.Run("release", "--pr-notes", "api");

        released.ExitCode.Should().Be(0, released.Error);
        fixture.Work.Git("show", "HEAD:CHANGELOG.md").Should().Contain("Uploads larger than 5 GiB are split into parts.");
        var online = fixture.Run("notes", "--version", "1.1.0", "--pr-notes", "api");
        online.ExitCode.Should().Be(0, online.Error);
        var calls = github.Log.Count;

        fixture.Environment.Remove("GITHUB_TOKEN");
        var offline = fixture.Run("notes", "--version", "1.1.0", "--pr-notes", "api");

        offline.ExitCode.Should().Be(0, offline.Error);
        offline.Error.Should().BeEmpty("the CHANGELOG.md entry is the record: no forge is needed");
        offline.Out.Should().Be(online.Out).And.Contain("Uploads larger than 5 GiB are split into parts.");
        github.Log.Count.Should().Be(calls);
    }
}

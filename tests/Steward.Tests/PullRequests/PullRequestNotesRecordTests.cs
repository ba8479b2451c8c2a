using FluentAssertions;
using Steward.Tests.Forge;
using Xunit;

namespace Steward.Tests.PullRequests;

/// <summary>
/// <c>steward pr --pr-notes api</c> writes the notes it read from a pull request's description into the release
/// commit's CHANGELOG.md entry: that entry is the record, so <c>steward release</c> after the merge, without a token,
/// tags with the same notes.
/// </summary>
public sealed class PullRequestNotesRecordTests : IAsyncLifetime
{
    private const string Note = "Uploads larger than 5 GiB are split into parts.";

    private FakeGitHub github = null!;
    private PullRequestFixture fixture = null!;

    public async Task InitializeAsync()
    {
        github = await FakeGitHub.StartAsync();
        fixture = PullRequestFixture.Create(github.Url);
    }

    public async Task DisposeAsync()
    {
        fixture.Dispose();
        await github.DisposeAsync();
    }

    [Fact]
    public void The_release_after_the_merge_reads_the_recorded_notes_offline()
    {
        fixture.PushToBase("feat: add blob storage (#7)", "storage.txt", "blobs\n");
        github.AddMergedPull(7, "feat: add blob storage", "Adds storage.\n\n```release-note\n" + Note + "\n```\n");

        var pr = fixture.Run("pr", "--pr-notes", "api");

        pr.ExitCode.Should().Be(0, pr.Error);
        github.Log.Should().Contain("GET /repos/acme/demo/pulls/7 -> 200");
        var release = github.Pulls.Single(p => p.Head == PullRequestFixture.Head);
        release.Body.Should().Contain(Note).And.NotContain("add blob storage");
        fixture.RemoteFile(PullRequestFixture.Head, "CHANGELOG.md").Should().Contain(Note);

        fixture.Work.Git("fetch", "-q", "origin");
        fixture.Work.Git("merge", "-q", "--no-ff", "-m", $"Merge pull request #{release.Number} from acme/steward/release/main", "origin/" + PullRequestFixture.Head);
        fixture.Work.Git("push", "-q", "origin", "main");
        github.MarkMerged(release);
        fixture.Environment.Remove("GITHUB_TOKEN");
        var calls = github.Log.Count;

        var result = fixture.Run("release", "--push", "--pr-notes", "api");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().NotContain("pull request descriptions not read", "the recorded entry needs no forge");
        github.Log.Count.Should().Be(calls);
        var tagMessage = fixture.Remote.Git("cat-file", "-p", "v1.1.0");
        tagMessage.Should().Contain(Note).And.NotContain("add blob storage");
    }
}

using FluentAssertions;
using Xunit;

namespace Steward.Tests.Forge;

/// <summary>
/// <c>--pr-notes api</c> on the fake GitLab (a merge commit as GitLab writes it, <c>See merge request acme/demo!3</c>,
/// read under <c>commits.merges: pr-title</c>; a squash commit <c>title (!12)</c>, where <c>#13</c> is an issue) and the
/// fake Gitea (a squash commit <c>title (#5)</c>).
/// </summary>
public sealed class PullRequestNotesApiForgesTests
{
    [Fact]
    public async Task GitLab_merge_request_description_of_a_merge_commit_is_read_by_its_iid()
    {
        await using var gitlab = await FakeGitLab.StartAsync();
        using var fixture = PublishFixture.ForGitLab(gitlab, "commits:\n  merges: pr-title\n");
        fixture.Work.WriteFile(".gitignore", "dist/\n");
        fixture.Work.Commit("chore: release from the forge's repository");
        fixture.Work.Git("checkout", "-q", "-b", "z/azure");
        fixture.Work.WriteFile("azure.txt", "azure\n");
        fixture.Work.Commit("wip: azure");
        fixture.Work.Git("checkout", "-q", "main");
        fixture.Work.Git("merge", "-q", "--no-ff", "-m", "Merge branch 'z/azure' into 'main'\n\nfeat: add Azure blob storage\n\nCloses #24\n\nSee merge request acme/demo!3", "z/azure");
        gitlab.AddMergedMergeRequest(3, "feat: add Azure blob storage", "Closes #24\n\n```release-note\nAzure blob storage is a publish target.\n```\n");

        var result = fixture.Run("notes", "--pr-notes", "api");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        result.Out.Should().Contain("Azure blob storage is a publish target.").And.NotContain("wip: azure");
        gitlab.Log.Should().Contain("GET /api/v4/projects/acme%2Fdemo/merge_requests/3 -> 200");
    }

    [Fact]
    public async Task GitLab_squash_commit_naming_its_merge_request_makes_one_request_for_it()
    {
        await using var gitlab = await FakeGitLab.StartAsync();
        using var fixture = PublishFixture.ForGitLab(gitlab);
        fixture.Work.WriteFile(".gitignore", "dist/\n");
        fixture.Work.Commit("chore: release from the forge's repository");

        // As GitLab squashes under the template forge doctor --fix sets: "%{title} (%{local_reference})", then the description.
        fixture.Work.WriteFile("azure.txt", "azure\n");
        fixture.Work.Commit("feat: add Azure blob storage (!12)\n\nAzure, as asked in #24.");
        fixture.Work.WriteFile("azure.txt", "azure 2\n");
        fixture.Work.Commit("fix: a retry (#13)");
        gitlab.AddMergedMergeRequest(12, "feat: add Azure blob storage", "Azure, as asked in #24.\n\n```release-note\nAzure blob storage is a publish target.\n```\n");

        var result = fixture.Run("notes", "--pr-notes", "api");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        result.Out.Should().Contain("Azure blob storage is a publish target.").And.NotContain("add Azure blob storage").And.Contain("a retry");
        gitlab.Log.Where(l => l.Contains("/merge_requests/", StringComparison.Ordinal)).Should().Equal("GET /api/v4/projects/acme%2Fdemo/merge_requests/12 -> 200");
    }

    [Fact]
    public async Task Gitea_pull_request_description_of_a_squash_commit_is_read_by_its_index()
    {
        await using var gitea = await FakeGitea.StartAsync();
        using var fixture = PublishFixture.ForGitea(gitea);
        fixture.Work.WriteFile(".gitignore", "dist/\n");
        fixture.Work.Commit("chore: release from the forge's repository");
        fixture.Work.WriteFile("app.txt", "mirror\n");
        fixture.Work.Commit("feat: mirror releases (#5)");
        gitea.AddMergedPull(5, "feat: mirror releases", "Release-Note: Releases are mirrored to a second forge.\n");

        var result = fixture.Run("notes", "--pr-notes", "api");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("Releases are mirrored to a second forge.").And.NotContain("mirror releases");
        gitea.Log.Should().Contain("GET /api/v1/repos/acme/demo/pulls/5 -> 200");
    }
}

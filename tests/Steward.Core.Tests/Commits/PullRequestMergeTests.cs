using Steward.Core.Commits;

namespace Steward.Core.Tests.Commits;

/// <summary>Merge commit messages exactly as GitHub, GitLab and Gitea write them, read as the pull request's title.</summary>
public class PullRequestMergeTests
{
    private static CommitRecord Merge(string message) =>
        new(new string('m', 40), [new string('a', 40), new string('b', 40)], "Merger", "merger@example.com", DateTimeOffset.UnixEpoch, message);

    [Fact]
    public void A_GitHub_merge_is_read_as_the_pull_request_title_and_not_as_a_footer()
    {
        var commit = HistoryCommit.Read(Merge("Merge pull request #15 from z/azure\n\nfeat: add Azure blob storage"));

        commit.MergedPullRequest.Should().Be(new PullRequestMerge("15", '#', "feat: add Azure blob storage", null));
        commit.Message.Type.Should().Be("feat");
        commit.Message.Description.Should().Be("add Azure blob storage (#15)");
        commit.Message.PullRequest.Should().Be("15");
        commit.Message.Footers.Should().BeEmpty("the title is the change, not a 'feat' footer");
    }

    [Fact]
    public void A_GitHub_merge_with_the_description_keeps_scope_breaking_marker_and_footers()
    {
        const string Message = "Merge pull request #42 from octo-org/storage-v2\n\nfeat(storage)!: drop the v1 blob layout\n\nMoves every blob under a tenant folder.\n\nBREAKING CHANGE: run `steward-migrate blobs` first\nCloses #40";

        var commit = HistoryCommit.Read(Merge(Message));

        commit.Message.Type.Should().Be("feat");
        commit.Message.Scope.Should().Be("storage");
        commit.Message.IsBreaking.Should().BeTrue();
        commit.Message.BreakingNotes.Should().Equal("run `steward-migrate blobs` first");
        commit.Message.Body.Should().Be("Moves every blob under a tenant folder.");
        commit.Message.FootersNamed("Closes").Should().ContainSingle();
    }

    [Fact]
    public void A_GitHub_merge_without_a_body_is_an_ordinary_merge()
    {
        var commit = HistoryCommit.Read(Merge("Merge pull request #3 from z/tidy\n"));

        commit.MergedPullRequest.Should().BeNull();
        commit.Message.Subject.Should().Be("Merge pull request #3 from z/tidy");
    }

    [Fact]
    public void A_GitLab_merge_request_is_read_with_its_global_reference()
    {
        const string Message = "Merge branch 'feature/azure' into 'main'\n\nfeat: add Azure blob storage\n\nCloses #24\n\nSee merge request group/proj!12";

        var commit = HistoryCommit.Read(Merge(Message));

        commit.MergedPullRequest.Should().Be(new PullRequestMerge("12", '!', "feat: add Azure blob storage", "Closes #24"));
        commit.Message.Description.Should().Be("add Azure blob storage (!12)");
        commit.Message.FootersNamed("Closes").Single().Value.Should().Be("24");
    }

    [Fact]
    public void A_GitLab_merge_request_before_10_0_has_a_local_reference()
    {
        var commit = HistoryCommit.Read(Merge("Merge branch 'feature/fresh' into 'develop'\n\nfix: keep the cache fresh\n\nSee merge request !7\n"));

        commit.MergedPullRequest!.Reference.Should().Be("!7");
        commit.Message.Type.Should().Be("fix");
    }

    [Fact]
    public void A_plain_git_merge_of_a_branch_is_no_merge_request()
    {
        HistoryCommit.Read(Merge("Merge branch 'topic' into 'main'")).MergedPullRequest.Should().BeNull();
        HistoryCommit.Read(Merge("Merge branch 'topic'\n\nfeat: not from a forge")).MergedPullRequest.Should().BeNull();
    }

    [Fact]
    public void A_Gitea_merge_carries_the_title_in_its_subject()
    {
        var commit = HistoryCommit.Read(Merge("Merge pull request 'fix(api): reject empty names' (#9) from dev/names into main\n\nReviewed-on: https://gitea.example/o/r/pulls/9\n"));

        commit.MergedPullRequest!.Reference.Should().Be("#9");
        commit.Message.Type.Should().Be("fix");
        commit.Message.Scope.Should().Be("api");
        commit.Message.Description.Should().Be("reject empty names (#9)");
    }

    [Fact]
    public void A_commit_with_one_parent_is_never_read_as_a_merge()
    {
        var record = Merge("Merge pull request #15 from z/azure\n\nfeat: add Azure blob storage") with { Parents = [new string('a', 40)] };

        HistoryCommit.Read(record).MergedPullRequest.Should().BeNull();
    }

    [Fact]
    public void A_GitHub_squash_merge_takes_its_notes_from_the_description()
    {
        const string Message = "fix: retry uploads on 503 (#21)\n\n* fix: retry\n\n* test: cover 503\n\n```release-note\nUploads are retried when the storage answers 503.\n```\n\nCo-authored-by: Bo <bo@example.com>";
        var record = Merge(Message) with { Parents = [new string('a', 40)] };

        var commit = HistoryCommit.Read(record);

        commit.Message.Type.Should().Be("fix");
        commit.Message.PullRequest.Should().Be("21");
        commit.ReleaseNotes.Should().Equal("Uploads are retried when the storage answers 503.");
    }

    [Fact]
    public void A_squash_merge_with_its_commits_as_bullets_keeps_the_title()
    {
        var record = Merge("feat: add Azure blob storage (#15)\n\n* feat: add the client\n\n* fix: release notes typo") with { Parents = [new string('a', 40)] };

        HistoryCommit.Read(record).ReleaseNotes.Should().BeNull();
    }
}

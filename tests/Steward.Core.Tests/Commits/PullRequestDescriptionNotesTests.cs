using Steward.Core.Commits;

namespace Steward.Core.Tests.Commits;

/// <summary>
/// <c>--pr-notes api</c> in pure terms: which pull requests are asked for (each once; not those whose commit names
/// notes; GitLab only by <c>!N</c>), how a description's notes land on the commits, and GitHub's <c>PR_TITLE</c> merge
/// commit read as a pull request merge.
/// </summary>
public class PullRequestDescriptionNotesTests
{
    private static int next;

    private static HistoryCommit Commit(string message, bool merge = false)
    {
        var sha = (++next).ToString("x40", System.Globalization.CultureInfo.InvariantCulture);
        IReadOnlyList<string> parents = merge ? [new string('a', 40), new string('b', 40)] : [new string('a', 40)];
        return HistoryCommit.Read(new CommitRecord(sha, parents, "A", "a@example.com", DateTimeOffset.UnixEpoch, message));
    }

    [Fact]
    public void Squash_commits_without_notes_are_asked_for_once_each_and_those_with_notes_are_not()
    {
        var commits = new[]
        {
            Commit("feat: storage (#7)"),
            Commit("fix: retry (#8)\n\nRelease-Note: Retries."),
            Commit("fix: storage again (#7)"),
            Commit("chore: no pull request"),
        };

        var asked = PullRequestDescriptionNotes.Wanted(commits, MergePolicy.BranchCommits, mergeRequestsOnly: false);

        asked.Should().ContainSingle();
        asked[0].Number.Should().Be(7);
        asked[0].Reference.Should().Be("#7");
        asked[0].Shas.Should().Equal(commits[0].Commit.Sha, commits[2].Commit.Sha);
    }

    [Fact]
    public void Merge_commits_are_asked_for_only_when_their_title_is_listed_and_GitLab_only_by_merge_request()
    {
        var github = Commit("Merge pull request #15 from z/azure\n\nfeat: add Azure blob storage", merge: true);
        var gitlab = Commit("Merge branch 'z/azure' into 'main'\n\nfeat: add Azure blob storage\n\nSee merge request acme/demo!12", merge: true);
        var squash = Commit("feat: storage (#7)");

        PullRequestDescriptionNotes.Wanted([github], MergePolicy.BranchCommits, false).Should().BeEmpty();
        PullRequestDescriptionNotes.Wanted([github], MergePolicy.PrTitle, false).Select(a => a.Reference).Should().Equal("#15");
        PullRequestDescriptionNotes.Wanted([gitlab, squash], MergePolicy.Both, mergeRequestsOnly: true).Select(a => a.Reference).Should().Equal("!12");
    }

    [Fact]
    public void A_GitLab_squash_subject_names_its_merge_request_and_its_body_is_the_description()
    {
        var plain = Commit("feat: storage (!12)\n\nStorage for all.");
        var noted = Commit("fix: retry (!13)\n\nRelease-Note: Retries.");
        var issue = Commit("fix: see the issue (#14)");

        noted.ReleaseNotes.Should().Equal("Retries.");
        PullRequestDescriptionNotes.Wanted([plain, noted, issue], MergePolicy.BranchCommits, mergeRequestsOnly: true)
            .Select(a => (a.Reference, a.Number)).Should().Equal(("!12", 12L));
        PullRequestDescriptionNotes.Wanted([plain], MergePolicy.BranchCommits, mergeRequestsOnly: false).Should().BeEmpty("on GitHub and Gitea a pull request is #N");
    }

    [Fact]
    public void A_description_block_NONE_and_no_notes_apply_as_in_a_commit()
    {
        var commits = new[] { Commit("feat: a (#1)"), Commit("feat: b (#2)"), Commit("feat: c (#3)") };
        var asked = PullRequestDescriptionNotes.Wanted(commits, MergePolicy.BranchCommits, false);
        var descriptions = new Dictionary<string, string>
        {
            ["#1"] = "```release-note\r\n- First.\r\n- Second.\r\n```",
            ["#2"] = "Release-Note: NONE",
            ["#3"] = "Just a description.",
        };

        var applied = PullRequestDescriptionNotes.Apply(commits, asked, descriptions);

        applied[0].ReleaseNotes.Should().Equal("First.", "Second.");
        applied[1].ReleaseNotes.Should().BeEmpty();
        applied[2].ReleaseNotes.Should().BeNull("without notes the title stands");
    }

    [Fact]
    public void Control_characters_and_bidi_overrides_are_removed_from_a_description()
    {
        PullRequestDescriptionNotes.Clean("Release-Note: red\u001b[31m \u202eevil\u0000").Should().Be("Release-Note: red[31m evil");
    }

    [Fact]
    public void A_GitHub_merge_with_the_pull_request_title_as_subject_is_a_pull_request_merge_with_its_description()
    {
        var commit = Commit("feat: add storage (#15)\n\nStores blobs.\n\nRelease-Note: Blob storage.", merge: true);

        commit.MergedPullRequest.Should().NotBeNull();
        commit.MergedPullRequest!.Reference.Should().Be("#15");
        commit.Message.Type.Should().Be("feat");
        commit.Message.PullRequest.Should().Be("15");
        commit.ReleaseNotes.Should().Equal("Blob storage.");
    }
}

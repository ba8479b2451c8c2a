using FluentAssertions;
using Steward.Core.Commits;
using Xunit;

namespace Steward.Tests.Forge;

/// <summary>
/// <c>steward forge doctor</c> reports whether squash and merge commits carry the pull request's description, and
/// <c>--fix</c> sets them to (GitHub: PR_TITLE and PR_BODY by <c>PATCH /repos/O/R</c>; GitLab: templates with
/// <c>%{description}</c> by <c>PUT /projects/:id</c>, the squash subject ending with the merge request's <c>(!N)</c>);
/// <c>--dry-run</c> lists the call and writes nothing; a GitLab squash template that has the description is left alone.
/// </summary>
public sealed class ForgeDoctorMergeMessageTests
{
    [Fact]
    public async Task On_github_doctor_warns_a_dry_run_lists_the_patch_and_fix_sets_the_pull_request_body()
    {
        await using var github = await FakeGitHub.StartAsync();
        using var fixture = PublishFixture.Create(github.Url);

        var report = fixture.Run("forge", "doctor");

        report.ExitCode.Should().Be(0, report.Out + report.Error);
        report.Out.Should().Contain("warn  merge-msg   squash and merge commits do not carry the pull request's description (squash: COMMIT_OR_PR_TITLE + COMMIT_MESSAGES, merge: MERGE_MESSAGE + PR_TITLE)");
        github.Writes.Should().BeEmpty();

        var planned = fixture.Run("forge", "doctor", "--fix", "--dry-run");

        planned.ExitCode.Should().Be(0, planned.Out + planned.Error);
        planned.Out.Should().Contain($"  forge: set squash and merge commits to carry the pull request's title and description (PATCH {github.Url}/repos/acme/demo)");
        github.Writes.Should().BeEmpty();

        var fixedRun = fixture.Run("forge", "doctor", "--fix");

        fixedRun.ExitCode.Should().Be(0, fixedRun.Out + fixedRun.Error);
        fixedRun.Out.Should().Contain("ok    merge-msg   set squash and merge commits to carry the pull request's title and description");
        github.Log.Should().Contain("PATCH /repos/acme/demo -> 200");
        github.CommitMessageSettings.Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["squash_merge_commit_title"] = "PR_TITLE",
            ["squash_merge_commit_message"] = "PR_BODY",
            ["merge_commit_title"] = "PR_TITLE",
            ["merge_commit_message"] = "PR_BODY",
        });

        var writes = github.Writes.Count();
        var rerun = fixture.Run("forge", "doctor", "--fix");

        rerun.Out.Should().Contain("ok    merge-msg   squash and merge commits carry the pull request's description (squash: PR_TITLE + PR_BODY, merge: PR_TITLE + PR_BODY)");
        github.Writes.Count().Should().Be(writes, "a rerun finds them set and changes nothing");
    }

    [Fact]
    public async Task On_gitlab_fix_sets_templates_whose_merge_commits_steward_reads_with_their_description()
    {
        await using var gitlab = await FakeGitLab.StartAsync();
        using var fixture = PublishFixture.ForGitLab(gitlab);

        var planned = fixture.Run("forge", "doctor", "--fix", "--dry-run");

        planned.Out.Should().Contain($"  forge: set squash and merge commits to carry the pull request's title and description (PUT {gitlab.Api}/projects/acme%2Fdemo)");
        gitlab.MergeCommitTemplate.Should().BeNull();

        var fixedRun = fixture.Run("forge", "doctor", "--fix");

        fixedRun.ExitCode.Should().Be(0, fixedRun.Out + fixedRun.Error);
        gitlab.Log.Should().Contain("PUT /api/v4/projects/acme%2Fdemo -> 200");
        gitlab.SquashCommitTemplate.Should().Be("%{title} (%{local_reference})\n\n%{description}");
        gitlab.MergeCommitTemplate.Should().Contain("%{description}");

        // The squash commit GitLab writes with the template names its merge request (!3): its notes are read from the
        // description in the commit, and without notes there --pr-notes api asks for merge request 3.
        static string Squash(string template, string description) => template
            .Replace("%{title}", "feat: add Azure blob storage", StringComparison.Ordinal)
            .Replace("%{local_reference}", "!3", StringComparison.Ordinal)
            .Replace("%{description}", description, StringComparison.Ordinal);
        var squashed = Read(Squash(gitlab.SquashCommitTemplate!, "Release-Note: Azure blobs are a publish target."));
        squashed.Message.Subject.Should().Be("feat: add Azure blob storage (!3)");
        squashed.ReleaseNotes.Should().Equal("Azure blobs are a publish target.");
        var plain = Read(Squash(gitlab.SquashCommitTemplate!, "Adds Azure."));
        PullRequestDescriptionNotes.Wanted([plain], MergePolicy.BranchCommits, mergeRequestsOnly: true).Select(a => a.Reference).Should().Equal("!3");

        // The merge commit GitLab writes with the template is read as a merge request merge, its notes from the description.
        var message = gitlab.MergeCommitTemplate!
            .Replace("%{source_branch}", "z/azure", StringComparison.Ordinal)
            .Replace("%{target_branch}", "main", StringComparison.Ordinal)
            .Replace("%{title}", "feat: add Azure blob storage", StringComparison.Ordinal)
            .Replace("%{description}", "Release-Note: Azure blobs are a publish target.", StringComparison.Ordinal)
            .Replace("%{issues}", "Closes #24", StringComparison.Ordinal)
            .Replace("%{reference}", "acme/demo!3", StringComparison.Ordinal);
        var merged = PullRequestMerge.Read(message);
        merged.Should().NotBeNull();
        merged!.Reference.Should().Be("!3");
        PullRequestNotes.Read(merged.Description).Should().Equal("Azure blobs are a publish target.");

        fixture.Run("forge", "doctor").Out.Should().Contain("ok    merge-msg   squash and merge commits carry the pull request's description");
    }

    [Fact]
    public async Task On_gitlab_a_squash_template_with_the_description_but_no_reference_is_not_changed_again()
    {
        await using var gitlab = await FakeGitLab.StartAsync();
        using var fixture = PublishFixture.ForGitLab(gitlab);
        gitlab.SquashCommitTemplate = "%{title}\n\n%{description}";
        gitlab.MergeCommitTemplate = "Merge branch '%{source_branch}' into '%{target_branch}'\n\n%{title}\n\n%{description}\n\nSee merge request %{reference}";

        var report = fixture.Run("forge", "doctor", "--fix");

        report.ExitCode.Should().Be(0, report.Out + report.Error);
        report.Out.Should().Contain("ok    merge-msg   squash and merge commits carry the pull request's description (squash template: with %{description}, merge template: with %{description})");
        gitlab.Writes.Should().NotContain(w => w.StartsWith("PUT /api/v4/projects/acme%2Fdemo ->", StringComparison.Ordinal));
        gitlab.SquashCommitTemplate.Should().Be("%{title}\n\n%{description}");
    }

    [Fact]
    public async Task On_gitlab_a_squash_template_without_the_description_is_fixed_to_the_one_naming_the_merge_request()
    {
        await using var gitlab = await FakeGitLab.StartAsync();
        using var fixture = PublishFixture.ForGitLab(gitlab);
        gitlab.SquashCommitTemplate = "%{title}";
        gitlab.MergeCommitTemplate = "Merge branch '%{source_branch}' into '%{target_branch}'\n\n%{title}\n\n%{description}\n\nSee merge request %{reference}";

        var report = fixture.Run("forge", "doctor");

        report.Out.Should().Contain("warn  merge-msg   squash and merge commits do not carry the pull request's description (squash template: without %{description}, merge template: with %{description})");

        var fixedRun = fixture.Run("forge", "doctor", "--fix");

        fixedRun.ExitCode.Should().Be(0, fixedRun.Out + fixedRun.Error);
        gitlab.Log.Should().Contain("PUT /api/v4/projects/acme%2Fdemo -> 200");
        gitlab.SquashCommitTemplate.Should().Be("%{title} (%{local_reference})\n\n%{description}");
    }

    private static HistoryCommit Read(string message) =>
        HistoryCommit.Read(new CommitRecord(new string('c', 40), [new string('a', 40)], "A", "a@example.com", DateTimeOffset.UnixEpoch, message));
}

using Steward.Tests.Engine;
using Steward.Tests.Support;
using static Steward.Tests.History.NextCommandTests;

namespace Steward.Tests.History;

/// <summary>
/// `steward next` runs in every CI job, and each git it starts costs milliseconds: in a small repository it starts three
/// (one rev-parse for the repository, HEAD and whether HEAD has a CHANGELOG.md, one for-each-ref for the tags, one log
/// that both reads the commits since the last release and says it is reachable), and a fourth, a cat-file for the
/// committed changelog's retractions, only when there is a committed changelog to read (the tag list and the changelog
/// run beside the others, so they are not in a fixed order). It gives the same answers as before wherever HEAD is: on a
/// branch, detached, in a linked worktree, in a subdirectory of a shallow clone.
/// </summary>
public sealed class NextGitProcessesTests : IDisposable
{
    private readonly GitRecorder recorder = new();

    public void Dispose() => recorder.Dispose();

    [Fact]
    public void Next_starts_three_git_processes_in_a_small_repository_without_a_changelog()
    {
        using var repo = Released("1.2.0");
        repo.Commit("fix: a");
        repo.Commit("feat: b");

        var result = ProcessRunner.RunWith(repo.Root, recorder.Environment, null, "next");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Be("1.3.0\n");
        // In any order: the tag list runs beside the rev-parse.
        recorder.All().Select(a => a[1]).Should().BeEquivalentTo(
            ["rev-parse", "for-each-ref", "log"],
            "the repository, HEAD, whether HEAD has a changelog and the shallowness come from one rev-parse, and the walk since v1.2.0 says it is reachable");
    }

    [Fact]
    public void A_committed_changelog_is_read_by_a_fourth_git_for_its_retractions()
    {
        using var repo = Released("1.2.0");
        repo.WriteFile("CHANGELOG.md", "# Changelog\n\n## 1.3.0\n\n> 1.3.0 was retracted.\n").Commit("docs: retract 1.3.0");
        repo.Commit("feat: b");

        var result = ProcessRunner.RunWith(repo.Root, recorder.Environment, null, "next");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Be("1.3.1\n", "1.3.0 was retracted, as the committed changelog records: the next is the first patch above it");
        recorder.All().Select(a => a[1]).Should().BeEquivalentTo(["rev-parse", "for-each-ref", "log", "cat-file"]);
    }

    [Fact]
    public void A_changelog_only_in_the_work_tree_retracts_nothing()
    {
        using var repo = Released("1.2.0");
        repo.Commit("feat: b");
        repo.WriteFile("CHANGELOG.md", "# Changelog\n\n## 1.3.0\n\n> 1.3.0 was retracted.\n");

        Next(repo).Should().Be((0, "1.3.0\n"), "retractions count as committed: a changelog not yet committed records none");
    }

    [Fact]
    public void A_changelog_at_a_configured_path_is_read_for_its_retractions()
    {
        using var repo = Released("1.2.0");
        repo.WriteFile("steward.yml", "changelog:\n  file: docs/CHANGES.md\n")
            .WriteFile("docs/CHANGES.md", "# Changes\n\n## 1.3.0\n\n> 1.3.0 was retracted.\n")
            .Commit("feat: b");

        var result = ProcessRunner.RunWith(repo.Root, recorder.Environment, null, "next");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Be("1.3.1\n", "docs/CHANGES.md, as committed, records 1.3.0 as retracted");
        recorder.All().Should().Contain(a => a[1] == "cat-file" && a[a.Count - 1].EndsWith(":docs/CHANGES.md", StringComparison.Ordinal));
    }

    [Fact]
    public void On_a_maintenance_branch_git_is_asked_for_the_branch_and_the_answer_stays_within_the_line()
    {
        using var repo = Released("1.2.0");
        repo.Git("checkout", "-q", "-b", "release/1.x");
        repo.Git("checkout", "-q", "main");
        repo.Commit("feat!: b");
        repo.Tag("v2.0.0");
        repo.Git("checkout", "-q", "release/1.x");
        repo.Commit("feat: c");

        var result = ProcessRunner.RunWith(repo.Root, recorder.Environment, null, "next");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Be("1.3.0\n");
        recorder.All().Count(a => a[1] == "symbolic-ref").Should().Be(1, "a branch a maintenance pattern could match is named by git");
    }

    [Fact]
    public void A_detached_HEAD_answers_as_its_branch_does()
    {
        using var repo = Released("1.2.0");
        repo.Commit("fix: a");
        var onBranch = Next(repo);
        repo.Git("checkout", "-q", "--detach");

        Next(repo).Should().Be(onBranch).And.Be((0, "1.2.1\n"));
    }

    [Fact]
    public void A_file_named_HEAD_does_not_confuse_the_reading_of_HEAD()
    {
        using var repo = Released("1.2.0");
        repo.WriteFile("HEAD", "not a revision\n").Commit("feat: a file named HEAD");

        Next(repo).Should().Be((0, "1.3.0\n"));
    }

    [Fact]
    public void A_linked_worktree_answers_for_its_own_HEAD()
    {
        using var repo = Released("1.2.0");
        repo.Git("branch", "other");
        repo.Commit("feat: only on main");
        var other = Path.Combine(Path.GetTempPath(), "steward-worktree-" + Guid.NewGuid().ToString("N"));
        repo.Git("worktree", "add", "-q", other, "other");
        try
        {
            File.WriteAllText(Path.Combine(other, "a.txt"), "a\n");
            repo.Git("-C", other, "add", "a.txt");
            repo.Git("-C", other, "commit", "-q", "-m", "fix: only on other");

            StewardRunner.Run(other, "next").Out.Should().Be("1.2.1\n");
            Next(repo).Should().Be((0, "1.3.0\n"));
        }
        finally
        {
            repo.Git("worktree", "remove", "--force", other);
        }
    }

    [Fact]
    public void A_tag_on_unrelated_history_is_no_release()
    {
        using var repo = Released("1.2.0");
        repo.Git("checkout", "-q", "--orphan", "pages");
        repo.Commit("docs: pages");
        repo.Tag("v9.0.0");
        repo.Git("checkout", "-q", "main");
        repo.Commit("fix: a");

        Next(repo).Should().Be((0, "1.2.1\n"));
        StewardRunner.Run(repo.Root, "log", "--json").Out.Should().Contain("v1.2.0").And.NotContain("v9.0.0");
    }

    [Fact]
    public void A_shallow_clone_is_reported_from_a_subdirectory_too()
    {
        using var origin = Released("1.2.0");
        origin.WriteFile("src/a.txt", "a\n").Commit("fix: a");
        origin.Commit("feat: b");
        using var clone = TempGitRepository.Clone("file://" + origin.Root, "--depth", "2");

        var result = StewardRunner.Run(Path.Combine(clone.Root, "src"), "next");

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("steward: error: shallow clone: history stops at ");
    }
}

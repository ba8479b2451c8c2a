using Steward.Tests.Engine;
using Steward.Tests.Support;
using static Steward.Tests.History.NextCommandTests;

namespace Steward.Tests.Changelog;

/// <summary>
/// The unreleased notes (`steward changelog --dry-run`) start each git they need once: HEAD as the repository was found
/// (no second rev-parse), the branch only when a maintenance pattern could match it (no symbolic-ref on main), and the
/// reads that run beside the walk (the tag list, the committed changelog, the remote's address, the mailmap settings)
/// are taken, not started again.
/// </summary>
public sealed class ChangelogGitProcessesTests : IDisposable
{
    private readonly GitRecorder recorder = new();

    public void Dispose() => recorder.Dispose();

    [Fact]
    public void The_unreleased_notes_start_each_git_once()
    {
        using var repo = Released("1.2.0");
        repo.Commit("fix: a");
        repo.Commit("feat: b");

        var result = ProcessRunner.RunWith(repo.Root, recorder.Environment, null, "changelog", "--dry-run");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("+## 1.3.0 - ").And.Contain("+- b (").And.Contain("+- a (");
        recorder.All().Select(a => a[1]).Should().BeEquivalentTo(
            ["rev-parse", "for-each-ref", "log", "config", "config"],
            "the repository (and that HEAD has no changelog), the tags, the walk, the remote's address and the mailmap settings, once each");
    }

    [Fact]
    public void A_committed_changelog_is_read_once_more_for_its_retractions()
    {
        using var repo = Released("1.2.0");
        repo.WriteFile("CHANGELOG.md", "# Changelog\n\n## 1.2.0\n\n- the first release\n").Commit("docs: changelog");
        repo.Commit("feat: b");

        var result = ProcessRunner.RunWith(repo.Root, recorder.Environment, null, "changelog", "--dry-run");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("+## 1.3.0 - ").And.Contain("+- b (");
        recorder.All().Select(a => a[1]).Should().BeEquivalentTo(
            ["rev-parse", "for-each-ref", "log", "cat-file", "config", "config"],
            "the committed changelog is read once, beside the walk");
    }

    [Fact]
    public void On_a_maintenance_branch_the_notes_are_written_as_its_next_version()
    {
        using var repo = Released("1.2.0");
        repo.Git("checkout", "-q", "-b", "release/1.x");
        repo.Git("checkout", "-q", "main");
        repo.Commit("feat!: b");
        repo.Tag("v2.0.0");
        repo.Git("checkout", "-q", "release/1.x");
        repo.Commit("feat: c");

        var result = ProcessRunner.RunWith(repo.Root, recorder.Environment, null, "changelog", "--dry-run");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("+## 1.3.0 - ");
        recorder.All().Count(a => a[1] == "symbolic-ref").Should().Be(1, "a branch a maintenance pattern could match is named by git");
    }
}

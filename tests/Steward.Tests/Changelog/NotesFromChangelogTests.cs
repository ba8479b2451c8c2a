using Steward.Tests.Release;
using Steward.Tests.Support;

namespace Steward.Tests.Changelog;

/// <summary>
/// The notes of a release are its CHANGELOG.md entry when one exists, so a maintainer's edit reaches the notes file
/// and the tag message; <c>release.tagMessage</c> sets the tag message from a template.
/// </summary>
public sealed class NotesFromChangelogTests
{
    [Fact]
    public void Notes_print_the_hand_edited_entry_of_a_released_version()
    {
        using var repo = TempGitRepository.Create();
        repo.Commit("feat: first");
        repo.Tag("v1.0.0");
        repo.Commit("feat: second");
        repo.WriteFile("CHANGELOG.md", "# Changelog\n\n## 1.1.0 - 2026-11-01\n\nA hand-written summary of 1.1.0.\n\n### Features\n\n- second\n\n## 1.0.0 - 2026-10-01\n\n- first\n");
        repo.Commit("chore(release): 1.1.0");
        repo.Tag("v1.1.0");

        var released = StewardRunner.Run(repo.Root, "notes", "--version", "1.1.0");
        var fromCommits = StewardRunner.Run(repo.Root, "notes", "--version", "1.1.0", "--template", "github");

        released.ExitCode.Should().Be(0, released.Error);
        released.Out.Should().Be("A hand-written summary of 1.1.0.\n\n### Features\n\n- second\n");
        fromCommits.Out.Should().NotContain("hand-written").And.Contain("second");
    }

    [Fact]
    public void A_release_tags_with_the_hand_edited_entry()
    {
        using var repo = new ReleaseRepository();
        repo.Work.WriteFile("CHANGELOG.md", "# Changelog\n\n## 1.1.0 - 2026-11-21\n\nEdited by the maintainer: the core arrives.\n");
        repo.Work.Commit("docs: write the 1.1.0 notes by hand");

        var result = repo.Release();

        result.ExitCode.Should().Be(0, result.Error);
        repo.Work.Git("tag", "-l", "--format=%(contents)", "v1.1.0").Should().Be("Edited by the maintainer: the core arrives.\n\n");
    }

    [Fact]
    public void The_tag_message_follows_release_tagMessage()
    {
        using var repo = new ReleaseRepository();
        repo.Work.WriteFile("steward.yml", "release:\n  tagMessage: 'Release {{tag}}'\n");
        repo.Work.Commit("chore: configure the tag message");

        var dryRun = repo.Release("--dry-run");
        var result = repo.Release();

        dryRun.Out.Should().Contain("tag message (release.tagMessage):\nRelease v1.1.0\n");
        result.ExitCode.Should().Be(0, result.Error);
        repo.Work.Git("tag", "-l", "--format=%(contents)", "v1.1.0").Should().Be("Release v1.1.0\n\n");
    }

    [Fact]
    public void An_empty_tagMessage_is_refused_before_anything_is_written()
    {
        using var repo = new ReleaseRepository();
        repo.Work.WriteFile("steward.yml", "release:\n  tagMessage: ' '\n");
        repo.Work.Commit("chore: configure the tag message");
        var before = repo.Work.Snapshot();

        var result = repo.Release();

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("steward: error: steward.yml: release.tagMessage is empty;");
        repo.Work.Snapshot().Should().Be(before);
    }
}

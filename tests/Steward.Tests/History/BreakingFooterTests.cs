using Steward.Tests.Support;

namespace Steward.Tests.History;

/// <summary>A BREAKING CHANGE footer counts whatever the header (semantic-release/github's v9.0.0 came from "v2 (#9)").</summary>
public sealed class BreakingFooterTests
{
    private static TempGitRepository Repro()
    {
        var repo = TempGitRepository.Create();
        repo.Commit("feat: one");
        repo.Tag("v1.0.0");
        repo.Commit("v2 (#9)\n\nBREAKING CHANGE: drop node 14");
        return repo;
    }

    [Fact]
    public void Next_gives_a_major_release_for_a_footer_under_a_header_that_is_not_conventional()
    {
        using var repo = Repro();

        var result = StewardRunner.Run(repo.Root, "next");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Be("2.0.0\n");
    }

    [Fact]
    public void Notes_list_the_breaking_note_and_log_marks_it_breaking()
    {
        using var repo = Repro();

        var notes = StewardRunner.Run(repo.Root, "notes");
        var log = StewardRunner.Run(repo.Root, "log", "--json");

        notes.ExitCode.Should().Be(0, notes.Error);
        notes.Out.Should().Contain("## Breaking Changes").And.Contain("drop node 14");
        log.ExitCode.Should().Be(0, log.Error);
        log.Out.Should().Contain("\"breaking\": true").And.Contain("\"bump\": \"major\"");
    }
}

using Steward.Core.Changelog.Retraction;
using Steward.Core.Versioning;

namespace Steward.Core.Tests.Changelog;

public sealed class RetractionNoteTests
{
    private static readonly SemanticVersion Bad = SemanticVersion.Parse("1.6.0");

    [Fact]
    public void The_note_goes_under_the_heading_of_the_release_and_nothing_else_moves()
    {
        var changelog = "# Changelog\n\n## [1.6.0](https://x/compare/v1.5.0...v1.6.0) (2026-01-02)\n\n### Features\n\n* new\n\n## 1.5.0\n\n* old\n";

        var recorded = RetractionNote.Record(changelog, Bad);

        recorded.Should().Be("# Changelog\n\n## [1.6.0](https://x/compare/v1.5.0...v1.6.0) (2026-01-02)\n\n> 1.6.0 was retracted.\n\n### Features\n\n* new\n\n## 1.5.0\n\n* old\n");
        RetractionNote.Read(recorded).Should().Equal(Bad);
        RetractionNote.Record(recorded, Bad).Should().Be(recorded, "a second retraction adds nothing");
    }

    [Fact]
    public void Without_an_entry_the_note_gets_one_above_the_newest_release_and_below_unreleased()
    {
        RetractionNote.Record("# Changelog\n\n## Unreleased\n\n* wip\n\n## 1.5.0\n\n* old\n", Bad)
            .Should().Be("# Changelog\n\n## Unreleased\n\n* wip\n\n## 1.6.0\n\n> 1.6.0 was retracted.\n\n## 1.5.0\n\n* old\n");
        RetractionNote.Record(null, Bad).Should().Be("# Changelog\n\n## 1.6.0\n\n> 1.6.0 was retracted.\n");
        RetractionNote.Record("# Changes\n", Bad).Should().Be("# Changes\n\n## 1.6.0\n\n> 1.6.0 was retracted.\n");
    }

    [Fact]
    public void Crlf_changelogs_keep_their_line_endings()
    {
        RetractionNote.Record("# C\r\n\r\n## 1.6.0\r\n\r\n* new\r\n", Bad).Should().Be("# C\r\n\r\n## 1.6.0\r\n\r\n> 1.6.0 was retracted.\r\n\r\n* new\r\n");
    }

    [Fact]
    public void Only_the_note_line_counts_as_a_retraction()
    {
        RetractionNote.Read("## 1.6.0\n\n* say that 1.5.0 was retracted. in a bullet\n> 2.0.0 was retracted.\r\n").Should().Equal(SemanticVersion.Parse("2.0.0"));
    }
}

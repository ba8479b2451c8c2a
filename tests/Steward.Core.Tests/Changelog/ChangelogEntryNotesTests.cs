using Steward.Core.Changelog.Splicing;
using Steward.Core.Versioning;

namespace Steward.Core.Tests.Changelog;

public sealed class ChangelogEntryNotesTests
{
    private const string Changelog = "# Changelog\r\n\r\n## [Unreleased]\r\n\r\n- wip\r\n\r\n## [1.1.0](https://x/compare) - 2026-11-01\r\n\r\nEdited.\r\n\r\n### Features\r\n\r\n- b\r\n\r\n## 1.0.0 - 2026-10-01\r\n\r\n## 0.9.0 - 2026-09-01\r\n\r\n- a\r\n";

    [Fact]
    public void The_body_under_the_heading_is_the_notes()
    {
        ChangelogEntryNotes.Find(Changelog, SemanticVersion.Parse("1.1.0")).Should().Be("Edited.\n\n### Features\n\n- b\n");
        ChangelogEntryNotes.Find(Changelog, SemanticVersion.Parse("0.9.0")).Should().Be("- a\n");
    }

    [Fact]
    public void An_empty_entry_is_empty_and_a_missing_one_is_null()
    {
        ChangelogEntryNotes.Find(Changelog, SemanticVersion.Parse("1.0.0")).Should().BeEmpty();
        ChangelogEntryNotes.Find(Changelog, SemanticVersion.Parse("1.2.0")).Should().BeNull();
        ChangelogEntryNotes.Find(Changelog, SemanticVersion.Parse("1.1.0+build.1")).Should().BeNull();
    }
}

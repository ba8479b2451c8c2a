using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Steward.Core.Changelog.Splicing;
using Steward.Core.Errors;

namespace Steward.Core.Tests.Changelog;

public class ChangelogSplicerTests
{
    private const string Block130 = "## [1.3.0](https://x/compare/v1.2.0...v1.3.0) - 2026-11-21\n\n### Features\n\n- add y (`bbbbbbb`)\n";

    private const string HandWritten =
        "# Changelog of Rocket\n\nHand-written intro with *style*,  two spaces and trailing space \n\n" +
        "## [Unreleased]\n\n- a note kept by hand\n\n" +
        "## [1.2.0] - 2025-05-01\n### Added\n* something  \n\n" +
        "## 1.1.0 (2025-01-01)\n\nOld text, kept exactly.\n\n[1.2.0]: https://example.com/compare\n";

    private static ChangelogText Text(string s) => new(s, false, "\n");

    [Fact]
    public void A_missing_file_is_created_with_the_header_and_the_release()
    {
        var result = ChangelogSplicer.Splice("CHANGELOG.md", null, "1.3.0", Block130, force: false);

        result.Text.Should().StartWith("# Changelog\n\n").And.EndWith("\n\n" + Block130);
        ChangelogDocument.Parse(result.Text).Releases.Single().Version.Should().Be("1.3.0");
    }

    [Fact]
    public void A_new_release_goes_below_unreleased_and_above_older_releases_keeping_everything_else()
    {
        var result = ChangelogSplicer.Splice("CHANGELOG.md", Text(HandWritten), "1.3.0", Block130, force: false).Text;

        var at = HandWritten.IndexOf("## [1.2.0]", StringComparison.Ordinal);
        result.Should().Be(HandWritten[..at] + Block130 + "\n" + HandWritten[at..]);
    }

    [Fact]
    public void Running_twice_changes_nothing_the_second_time()
    {
        var once = ChangelogSplicer.Splice("CHANGELOG.md", Text(HandWritten), "1.3.0", Block130, force: false);
        var twice = ChangelogSplicer.Splice("CHANGELOG.md", once, "1.3.0", Block130, force: false);

        twice.Text.Should().Be(once.Text);
    }

    [Fact]
    public void Running_again_on_another_day_keeps_the_entry_as_it_is()
    {
        var once = ChangelogSplicer.Splice("CHANGELOG.md", Text(HandWritten), "1.3.0", Block130, force: false);

        var nextDay = ChangelogSplicer.Splice("CHANGELOG.md", once, "1.3.0", Block130.Replace("2026-11-21", "2026-11-22", StringComparison.Ordinal), force: false);

        nextDay.Text.Should().Be(once.Text);
    }

    [Fact]
    public void A_hand_edited_entry_is_refused_without_force_naming_its_line()
    {
        var once = ChangelogSplicer.Splice("CHANGELOG.md", Text(HandWritten), "1.3.0", Block130, force: false);
        var edited = Text(once.Text.Replace("- add y", "- add y, with care", StringComparison.Ordinal));

        var act = () => ChangelogSplicer.Splice("CHANGELOG.md", edited, "1.3.0", Block130, force: false);

        var e = act.Should().Throw<StewardException>().Which;
        e.Message.Should().Be("CHANGELOG.md:9: the entry for 1.3.0 differs from what the commits give now (edited by hand, or new commits since it was written); pass --force to replace it, or keep it as it is");
    }

    [Fact]
    public void Force_replaces_only_that_entry()
    {
        var once = ChangelogSplicer.Splice("CHANGELOG.md", Text(HandWritten), "1.3.0", Block130, force: false);
        var edited = Text(once.Text.Replace("- add y", "- add y, with care", StringComparison.Ordinal));

        var forced = ChangelogSplicer.Splice("CHANGELOG.md", edited, "1.3.0", Block130, force: true);

        forced.Text.Should().Be(once.Text);
    }

    [Fact]
    public void A_maintenance_release_lands_between_its_neighbours()
    {
        var result = ChangelogSplicer.Splice("CHANGELOG.md", Text(HandWritten), "1.1.1", "## 1.1.1 - 2026-11-21\n\n- fix z\n", force: false).Text;

        var at = HandWritten.IndexOf("## 1.1.0", StringComparison.Ordinal);
        result.Should().Be(HandWritten[..at] + "## 1.1.1 - 2026-11-21\n\n- fix z\n\n" + HandWritten[at..]);
    }

    [Fact]
    public void A_file_without_releases_gets_the_release_appended_after_a_blank_line()
    {
        ChangelogSplicer.Splice("CHANGELOG.md", Text("# Notes\nintro"), "1.0.0", "## 1.0.0\n", force: false).Text
            .Should().Be("# Notes\nintro\n\n## 1.0.0\n");
        ChangelogSplicer.Splice("CHANGELOG.md", Text(string.Empty), "1.0.0", "## 1.0.0\n", force: false).Text
            .Should().Be("## 1.0.0\n");
    }

    [Fact]
    public void Crlf_line_endings_and_a_bom_survive_byte_for_byte()
    {
        var original = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(HandWritten.Replace("\n", "\r\n", StringComparison.Ordinal))).ToArray();
        var text = ChangelogText.Decode("CHANGELOG.md", original);

        var bytes = ChangelogSplicer.Splice("CHANGELOG.md", text, "1.3.0", Block130, force: false).Encode();

        var expected = HandWritten.Replace("\n", "\r\n", StringComparison.Ordinal);
        var at = expected.IndexOf("## [1.2.0]", StringComparison.Ordinal);
        bytes.Should().Equal(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(
            expected[..at] + Block130.Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n" + expected[at..])));
    }

    [Fact]
    public void Headings_inside_code_blocks_and_lists_are_not_releases()
    {
        var document = ChangelogDocument.Parse("# C\n\n```\n## 9.9.9\n```\n\n- ## 8.8.8\n\n## v2.0.0-rc.1 - 2026\n\n## [Unreleased]\n\nSee 3.0.0\n");

        document.Releases.Select(r => (r.Version, r.IsUnreleased, r.Line)).Should().Equal(("2.0.0-rc.1", false, 9), (null, true, 11));
    }

    [Fact]
    public void Two_entries_for_the_same_version_are_an_error_naming_both_lines()
    {
        var act = () => ChangelogSplicer.Splice("CHANGELOG.md", Text("## 1.0.0\n\nx\n\n## [1.0.0]\n\ny\n"), "1.0.0", "## 1.0.0\n", force: true);

        act.Should().Throw<StewardException>().Which.Message.Should().Be(
            "CHANGELOG.md:5: a second entry for 1.0.0 (the first is on line 1); remove one and run again");
    }

    [Theory]
    [InlineData(new byte[] { 0x23, 0x20, 0xFF, 0xFE, 0x0A }, "CHANGELOG.md: is not UTF-8 text; convert it to UTF-8 and run again")]
    [InlineData(new byte[] { 0x23, 0x00, 0x0A }, "CHANGELOG.md: is not a text file (it contains NUL bytes); move it away or set changelog.file to another path")]
    public void A_file_that_is_not_utf8_text_is_an_error(byte[] bytes, string message) =>
        ((Action)(() => ChangelogText.Decode("CHANGELOG.md", bytes))).Should().Throw<StewardException>().Which.Message.Should().Be(message);

    [Fact]
    public void Regenerating_keeps_the_preamble_and_writes_the_releases_newest_first()
    {
        using var output = new StringWriter();

        ChangelogRegenerator.Write(output, Text(HandWritten), ["## 1.2.0\n\n- b\n", "## 1.1.0\n\n- a\n"]);

        output.ToString().Should().Be("# Changelog of Rocket\n\nHand-written intro with *style*,  two spaces and trailing space \n\n## 1.2.0\n\n- b\n\n## 1.1.0\n\n- a\n");
    }

    [Fact]
    public void Any_existing_text_is_kept_around_the_inserted_release_and_a_second_run_changes_nothing()
    {
        Prop.ForAll(
            ArbMap.Default.ArbFor<NonNull<string>>(),
            ArbMap.Default.ArbFor<bool>(),
            (raw, withRelease) =>
            {
                var original = raw.Get.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\0", string.Empty, StringComparison.Ordinal)
                    + (withRelease ? "\n\n## 1.0.0\n\nold\n" : string.Empty);
                string once;
                try
                {
                    once = ChangelogSplicer.Splice("CHANGELOG.md", Text(original), "1.3.0", Block130, force: false).Text;
                }
                catch (StewardException e) when (e.Message.Contains("would not read back as a release heading", StringComparison.Ordinal))
                {
                    // Text that never closes (<!--, <?, ```) hides the headings after it: refusing is the right answer,
                    // and only for such text: the same text with the construct closed must splice.
                    return true;
                }

                var twice = ChangelogSplicer.Splice("CHANGELOG.md", Text(once), "1.3.0", Block130, force: false).Text;
                var at = once.IndexOf(Block130, StringComparison.Ordinal);
                var added = once.Length - original.Length;

                // Exactly the block and at most two newlines around it were added; everything else is the original.
                return at >= 0 && added >= Block130.Length && added <= Block130.Length + 2
                    && (once[..at] + once[(at + Block130.Length)..]).Replace("\n", string.Empty, StringComparison.Ordinal)
                        == original.Replace("\n", string.Empty, StringComparison.Ordinal)
                    && once[..at].TrimEnd('\n') == original[..Math.Min(at, original.Length)].TrimEnd('\n')
                    && twice == once;
            }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("# Changelog\n\n<!-- notes for maintainers\n")]
    [InlineData("# Changelog\n\n<?xml\n")]
    [InlineData("# Changelog\n\n```\nunclosed fence\n")]
    public void Text_that_never_closes_is_refused_instead_of_hiding_the_entry_from_the_next_run(string original)
    {
        var act = () => ChangelogSplicer.Splice("CHANGELOG.md", Text(original), "1.3.0", Block130, force: false);
        act.Should().Throw<StewardException>().Which.Message.Should()
            .StartWith("CHANGELOG.md: the entry for 1.3.0 would not read back as a release heading");
    }

    [Fact]
    public void The_same_text_closed_splices_and_a_second_run_changes_nothing()
    {
        var once = ChangelogSplicer.Splice("CHANGELOG.md", Text("# Changelog\n\n<!-- notes for maintainers -->\n"), "1.3.0", Block130, force: false);
        ChangelogSplicer.Splice("CHANGELOG.md", once, "1.3.0", Block130, force: false).Text.Should().Be(once.Text);
    }
}

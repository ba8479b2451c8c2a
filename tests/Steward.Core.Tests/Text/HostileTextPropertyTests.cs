using FsCheck;
using FsCheck.Fluent;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Steward.Core.Changelog;
using Steward.Core.Changelog.Links;
using Steward.Core.Changelog.Rendering;
using Steward.Core.Changelog.Splicing;
using Steward.Core.Configuration;
using Steward.Core.Text;
using static Steward.Core.Tests.Changelog.Commits;

namespace Steward.Core.Tests.Text;

/// <summary>
/// Whatever contributors write into subjects and names (control characters, CR, bidirectional overrides, Markdown of
/// any kind), the changelog Steward renders holds one entry per commit, one release heading, and only the links Steward
/// made itself: no contributor's link, image or HTML.
/// </summary>
public class HostileTextPropertyTests
{
    private static readonly ReleaseInfo Info = new("1.1.0", "v1.1.0", new DateOnly(2026, 11, 21), "1.0.0", "v1.0.0");

    /// <summary>The pieces an attacker builds from: structure, links, controls, bidi, and ordinary text.</summary>
    private static readonly string[] Pieces =
    [
        "\r", "\n", "\r\n", "\u000B", "\u000C", "\u0085", "\u2028", "\u2029", "\u001b[2J", "\u0007", "\0", "\u009b", "\t",
        "\u202E", "\u2066", "\u200F", "\u061C",
        "## [1.2.0] - 2030-01-01", "# ", "- ", "* ", "1. ", "> ", "---", "===", "```", "~~~", "    ", "|", "||",
        "[", "]", "(", ")", "![", "](", "[x]: https://evil.example", "[Security fix](https://evil.example)",
        "![t](https://evil.example/t.png)", "<https://evil.example>", "<a href=\"https://evil.example\">x</a>",
        "<!--", "-->", "<img src=x>", "&#91;", "&lt;", "\\", "`", "**", "_", "@octocat", "#12", "!4",
        "https://evil.example", "a", "b", " ", "é", "名前", "🙂",
    ];

    private static readonly Gen<string> HostileText =
        Gen.Elements(Pieces).ArrayOf().Select(parts => string.Concat(parts));

    [Fact]
    public void Any_subjects_and_names_render_one_entry_per_commit_and_no_link_steward_did_not_make()
    {
        var commits =
            from count in Gen.Choose(1, 6)
            from texts in Gen.ArrayOf(HostileText.Zip(HostileText), count)
            select texts;
        Prop.ForAll(commits.ToArbitrary(), texts =>
        {
            // Distinct, non-blank descriptions: an empty subject is a different rule (the parser's), not this one.
            var history = texts.Select((t, i) => Make("feat", $"change {i} {t.Item1}", author: $"{t.Item2} {i}", email: $"n{i}@example.com")).ToList();
            var links = ForgeLinks.Resolve("https://github.com/acme/rocket.git", new ChangelogLinksConfig());
            var release = ReleaseBuilder.Build(Info, history, ChangelogOptions.Default, links);
            foreach (var name in BuiltInTemplates.Names)
            {
                var text = CompiledTemplate.Compile(BuiltInTemplates.Find(name)!).Render(release);
                Check(name, text, history.Count, name == BuiltInTemplates.GitHub);
            }
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("feat: b\r## [1.2.0] - 2030-01-01\r- attacker entry")]
    [InlineData("feat: b\u2028## [1.2.0] - 2030-01-01\u0085- attacker entry")]
    public void A_carriage_return_in_a_subject_never_becomes_a_heading(string subject)
    {
        var release = ReleaseBuilder.Build(Info, [Make("feat", subject["feat: ".Length..])], ChangelogOptions.Default, null);
        var text = CompiledTemplate.Compile(BuiltInTemplates.Find(BuiltInTemplates.KeepAChangelog)!).Render(release);

        text.Should().NotContainAny("\r", "\u2028", "\u0085");
        ChangelogDocument.Parse(text).Releases.Should().ContainSingle();
        text.Should().Contain("- b ## \\[1.2.0\\] - 2030-01-01 - attacker entry");
    }

    [Theory]
    [InlineData("[Security fix](https://evil.example)", "\\[Security fix\\]\\(https\\://evil.example\\)")]
    [InlineData("![x](https://evil.example/t.png)", "\\!\\[x\\]\\(https\\://evil.example/t.png\\)")]
    [InlineData("<img src=x>", "&lt;img src=x\\>")]
    [InlineData("- Eve", "\\- Eve")]
    [InlineData("Ada\u202E\u001b[2J Lovelace", "Ada\\[2J Lovelace")]
    [InlineData("Jean-Luc O'Brien", "Jean-Luc O'Brien")]
    public void Names_are_escaped_whole(string name, string expected) =>
        UntrustedText.MarkdownName(name).Should().Be(expected);

    [Theory]
    [InlineData("1.0.0\u001b[2J", "1.0.0\\x1b[2J")]
    [InlineData("a\rb\nc\u202Ed\u009b", "a\\rb\\nc\\u202ed\\x9b")]
    [InlineData("plain é 名前", "plain é 名前")]
    public void Terminal_text_shows_controls_escaped(string text, string expected) =>
        UntrustedText.Terminal(text).Should().Be(expected);

    [Fact]
    public void A_tag_message_keeps_lines_and_tabs_and_drops_every_other_control() =>
        UntrustedText.TagMessage("a\r\nb\rc\td\u001b[2J\u202Ee\n").Should().Be("a\nbc\td[2Je\n");

    [Theory]
    [InlineData("\\```](<!--&lt;<a href=\"https://evil.example\">x</a># <!--``===<a href=\"https://evil.example\">x</a>")]
    [InlineData("\\`` <img src=x onerror=alert(1)> ``")]
    public void An_escaped_backtick_opens_no_code_span_that_would_keep_html(string subject)
    {
        // Found by the property above: the backticks after an escaped one were kept as a code span, which Markdig reads as
        // text holding HTML.
        var document = Markdown.Parse("- " + UntrustedText.Markdown(subject) + "\n");

        document.Descendants<HtmlInline>().Should().BeEmpty();
        document.Descendants<HtmlBlock>().Should().BeEmpty();
    }

    private static void Check(string template, string text, int commits, bool isNotes)
    {
        // Plain checks rather than assertions: the message shows the rendered text whole, whatever it holds.
        var document = Markdown.Parse(text, new MarkdownPipelineBuilder().UsePipeTables().Build());
        void Require(bool condition, string what)
        {
            if (!condition)
            {
                throw new InvalidOperationException($"template {template}: {what}:\n{UntrustedText.TerminalLines(text)}");
            }
        }

        Require(!text.Any(c => c != '\n' && (UntrustedText.IsControl(c) || UntrustedText.IsBidiControl(c) || c is '\u2028' or '\u2029')), "a control character");
        if (isNotes)
        {
            // The notes: one section (every commit is a feature) and the contributors.
            Require(document.Descendants<HeadingBlock>().Count() == 2, "headings other than the section and the contributors");
        }
        else
        {
            Require(document.Descendants<HeadingBlock>().Count(h => h.Level <= 2) == 1, "more than one release heading");
            Require(ChangelogDocument.Parse(text).Releases.Count == 1, "Steward reads more than one release");
        }

        Require(!document.Descendants<HtmlBlock>().Any() && !document.Descendants<HtmlInline>().Any(), "HTML");
        Require(!document.Descendants<AutolinkInline>().Any(), "an autolink");
        foreach (var link in document.Descendants<LinkInline>())
        {
            Require(!link.IsImage, "an image");
            Require(System.Text.RegularExpressions.Regex.IsMatch(link.Url ?? string.Empty, @"^https://github\.com/(acme/rocket/|[A-Za-z0-9_-]+$)"), $"a link Steward did not make ({link.Url})");
        }

        // Each commit is one list item (its entry) holding one paragraph, whatever its subject: the entries are
        // counted by the commit link each one carries.
        var entries = document.Descendants<ListItemBlock>()
            .Where(item => item.Descendants<LinkInline>().Any(l => l.Url!.Contains("/commit/", StringComparison.Ordinal)))
            .ToList();
        Require(entries.Count == commits, $"{entries.Count} entries for {commits} commits");
        Require(entries.All(item => item.Count == 1 && item[0] is ParagraphBlock), "an entry of more than one paragraph");
    }
}

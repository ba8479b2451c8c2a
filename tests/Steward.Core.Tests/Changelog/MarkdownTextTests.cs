using FsCheck;
using FsCheck.Fluent;
using Markdig;
using Markdig.Syntax;
using Steward.Core.Changelog;

namespace Steward.Core.Tests.Changelog;

public class MarkdownTextTests
{
    [Theory]
    [InlineData("# not a heading", "\\# not a heading")]
    [InlineData("> not a quote", "\\> not a quote")]
    [InlineData("- not a list", "\\- not a list")]
    [InlineData("---", "\\---")]
    [InlineData("1. not a list", "1\\. not a list")]
    [InlineData("a | b", "a \\| b")]
    [InlineData("allow <script>alert(1)</script>", "allow &lt;script>alert(1)&lt;/script>")]
    [InlineData("hide <!-- this -->", "hide &lt;!-- this -->")]
    [InlineData("keep `a | b` and `<T>`", "keep `a \\| b` and `<T>`")]
    [InlineData("keep **bold**, _it_ but no [link](https://x.org)", "keep **bold**, _it_ but no \\[link\\](https://x.org)")]
    [InlineData("no ![image](https://x.org/t.png)", "no !\\[image\\](https://x.org/t.png)")]
    [InlineData("no <https://example.com> autolinks", "no &lt;https://example.com> autolinks")]
    [InlineData("a\rb\u2028c\u001b[2J\u202Ed", "a b c\\[2Jd")]
    [InlineData("odd ` backtick", "odd \\` backtick")]
    [InlineData("compare a < b", "compare a < b")]
    [InlineData("two\nlines", "two lines")]
    [InlineData("```sh", "\\`\\`\\`sh")]
    [InlineData("```x``` is code", "```x``` is code")]
    [InlineData("[x]: https://evil.example", "\\[x\\]: https://evil.example")]
    [InlineData("already \\| escaped", "already \\| escaped")]
    public void Inline_keeps_markdown_but_not_structure(string input, string expected) =>
        MarkdownText.Inline(input).Should().Be(expected);

    [Fact]
    public void Block_indents_continuation_lines_and_escapes_each()
    {
        MarkdownText.Block("Use the new API.\n# Steps\n\n- call x", "  ")
            .Should().Be("Use the new API.\n  \\# Steps\n\n  \\- call x");
    }

    [Fact]
    public void Any_subject_stays_inside_its_own_list_item()
    {
        // Whatever the subject, "- " + it parses as exactly one list with one item holding one paragraph, and no raw HTML.
        Prop.ForAll(
            ArbMap.Default.ArbFor<NonNull<string>>(),
            subject =>
            {
                var line = "- " + MarkdownText.Inline(subject.Get.Replace('\r', ' ').Replace('\0', ' '));
                var document = Markdown.Parse(line, new MarkdownPipelineBuilder().UsePipeTables().UseTaskLists().UseAutoLinks().Build());
                return document.Count == 1
                    && document[0] is ListBlock { Count: 1 } list
                    && ((ListItemBlock)list[0]).All(b => b is ParagraphBlock)
                    && !document.Descendants<HtmlBlock>().Any()
                    && !document.Descendants<Markdig.Syntax.Inlines.HtmlInline>().Any();
            }).QuickCheckThrowOnFailure();
    }
}

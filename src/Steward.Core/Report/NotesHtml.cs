using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Steward.Core.Report;

/// <summary>
/// A release's notes (the Markdown <c>steward notes</c> prints) as HTML for the report, with Markdig, the Markdown
/// reader the changelog already uses. The Markdown was made safe when it was written (commit text escaped by
/// <see cref="Text.UntrustedText"/>), and whatever HTML a maintainer's changelog entry holds is shown as text here
/// (HTML parsing off), so nothing in the notes becomes markup. Links become their text: the page makes no request and
/// links nowhere (a report is read offline, and an address in a commit is not something to follow from it). Headings
/// move below the release's own heading.
/// </summary>
public static class NotesHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    /// <param name="headingShift">How many levels the notes' headings go down (a <c>###</c> becomes h6 with 3; h6 at most).</param>
    public static string Render(string markdown, int headingShift)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var document = Markdown.Parse(Text.UntrustedText.WithoutControls(markdown), Pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(6, heading.Level + headingShift);
        }

        // Collected before any is replaced, so the walk never sees a tree being changed (a link inside an image's label
        // is replaced inside the detached label, harmlessly).
        var links = document.Descendants<Inline>().Where(i => i is LinkInline or AutolinkInline).ToList();
        foreach (var link in links)
        {
            link.ReplaceBy(new LiteralInline(TextOf(link)), copyChildren: false);
        }

        return document.ToHtml(Pipeline);
    }

    /// <summary>What a link shows: an autolink its address, a link or an image the text of its label.</summary>
    private static string TextOf(Inline link) => link switch
    {
        AutolinkInline autolink => autolink.Url,
        ContainerInline container => string.Concat(container.Descendants<Inline>().Select(i => i switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            AutolinkInline autolink => autolink.Url,
            _ => string.Empty,
        })),
        _ => string.Empty,
    };
}

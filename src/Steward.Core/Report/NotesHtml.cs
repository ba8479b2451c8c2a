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

        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            Unwrap(link);
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }

        return document.ToHtml(Pipeline);
    }

    /// <summary>Puts a link's (or an image's) text where the link was.</summary>
    private static void Unwrap(LinkInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }

        link.Remove();
    }
}

using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Steward.Core.Versioning;

namespace Steward.Core.Changelog.Splicing;

/// <summary>
/// An existing CHANGELOG.md read with Markdig to find where each release begins. Only positions are taken from the
/// parse: the text itself is never re-rendered, so whatever is not replaced stays byte-for-byte as it was.
/// </summary>
public sealed partial class ChangelogDocument
{
    private ChangelogDocument(string text, IReadOnlyList<ReleaseHeading> releases)
    {
        Text = text;
        Releases = releases;
    }

    // Only the block structure matters here (which lines are headings, code blocks, lists); skipping the inline
    // parsers makes reading a long changelog several times faster.
    private static readonly MarkdownPipeline BlocksOnly = CreateBlocksOnly();

    public string Text { get; }

    /// <summary>The release headings in the order they appear (normally newest first).</summary>
    public IReadOnlyList<ReleaseHeading> Releases { get; }

    /// <summary>Where the first release heading begins: the text before it (title, introduction) is the preamble.</summary>
    public int PreambleEnd => Releases.Count > 0 ? Releases[0].Start : Text.Length;

    public static ChangelogDocument Parse(string text)
    {
        var document = Markdown.Parse(text, BlocksOnly);
        var releases = new List<ReleaseHeading>();
        foreach (var block in document)
        {
            // Only top-level level-2 headings: a "## 1.0" inside a list, quote or code block is not a release.
            if (block is not HeadingBlock { Level: 2 } heading)
            {
                continue;
            }

            var start = LineStart(text, heading.Span.Start);
            var lineEnd = text.IndexOf('\n', heading.Span.Start);
            var source = text[heading.Span.Start..(lineEnd < 0 ? text.Length : lineEnd)];
            if (Unreleased().IsMatch(source))
            {
                releases.Add(new ReleaseHeading(null, null, true, start, heading.Line + 1));
                continue;
            }

            var match = VersionToken().Match(source);
            if (match.Success)
            {
                var version = match.Groups["version"].Value;
                var parsed = SemanticVersion.TryParse(version, out var v) ? v : null;
                releases.Add(new ReleaseHeading(version, parsed, false, start, heading.Line + 1));
            }
        }

        return new ChangelogDocument(text, releases);
    }

    /// <summary>Where the block of <paramref name="index"/> ends: at the next release heading, or the end of the text.</summary>
    public int EndOf(int index) => index + 1 < Releases.Count ? Releases[index + 1].Start : Text.Length;

    private static MarkdownPipeline CreateBlocksOnly()
    {
        var builder = new MarkdownPipelineBuilder();
        builder.InlineParsers.Clear();
        return builder.Build();
    }

    private static int LineStart(string text, int position)
    {
        var previous = position > 0 ? text.LastIndexOf('\n', position - 1) : -1;
        return previous + 1;
    }

    [GeneratedRegex(@"^#*\s*\[?\s*unreleased\s*\]?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Unreleased();

    // A version token as release headings write it: "1.2.3", "v1.2.3", "[1.2.3]", "api-v1.2.3", with prerelease and build.
    [GeneratedRegex(@"(?<![\w.])[vV]?(?<version>\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)(?![\w.])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex VersionToken();
}

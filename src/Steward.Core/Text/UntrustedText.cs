using System.Buffers;
using System.Globalization;
using System.Text;
using Steward.Core.Changelog;

namespace Steward.Core.Text;

/// <summary>
/// The one sanitiser for text that comes from git (subjects, bodies, author and co-author names, mailmap names,
/// trailers, tag names) or from a committed file, by where it is going. Contributors write that text; the maintainer's
/// release renders it. So, whatever the destination:
/// <list type="bullet">
/// <item>Markdown (CHANGELOG.md, release notes): control characters and bidirectional overrides are removed, every
/// kind of line break (CR included) ends the line, so no text can start a heading or a block of its own; names are
/// escaped whole, so no name becomes a link or an image (<see cref="MarkdownText"/> does the structural part).</item>
/// <item>A terminal: control characters, escape sequences and bidirectional overrides are shown escaped
/// (<c>\x1b</c>, <c>\u202e</c>), never sent raw.</item>
/// <item>A tag message: plain lines, control characters other than tab removed, CR dropped.</item>
/// <item>HTML (the release report): the Markdown cleaning, then every character HTML could read as markup escaped.</item>
/// </list>
/// </summary>
public static class UntrustedText
{
    // The characters a tag message drops (see TagMessage): the controls but line feed and tab, and the bidirectional controls.
    private static readonly SearchValues<char> DroppedFromTagMessage = SearchValues.Create(NotInTagMessage());

    /// <summary>One line of text from git for Markdown, its inline emphasis and code kept, its structure and links escaped.</summary>
    public static string Markdown(string text, IReadOnlyDictionary<string, string>? links = null) => MarkdownText.Inline(text, links);

    /// <summary>A multi-line text for a Markdown block indented by <paramref name="indent"/>.</summary>
    public static string MarkdownBlock(string text, string indent) => MarkdownText.Block(text, indent);

    /// <summary>
    /// A person's name (author, <c>Co-authored-by:</c>, <c>.mailmap</c>) for Markdown: one line, and every character
    /// Markdown could read as syntax is backslash-escaped, so a name is only ever shown as the text it is.
    /// </summary>
    public static string MarkdownName(string name)
    {
        var line = OneLine(name);
        var sb = new StringBuilder(line.Length + 8);
        if (line.Length > 0 && line[0] is '-' or '+' or '=')
        {
            // At the start of a line these could open a list or underline a heading in a template that puts a name first.
            sb.Append('\\');
        }

        foreach (var c in line)
        {
            if (c == '<')
            {
                sb.Append("&lt;");
            }
            else if (c == '&')
            {
                sb.Append("&amp;");
            }
            else
            {
                if (IsMarkdownPunctuation(c))
                {
                    sb.Append('\\');
                }

                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Text for a terminal, on one line: every control character (line breaks included), escape sequence introducer
    /// and bidirectional control is shown as an escape such as <c>\x1b</c> or <c>\u202e</c>.
    /// </summary>
    public static string Terminal(string text) => ForTerminal(text, keepLineBreaks: false);

    /// <summary><see cref="Terminal"/> for text of several lines: <c>\n</c> and tab are kept, everything else escaped.</summary>
    public static string TerminalLines(string text) => ForTerminal(text, keepLineBreaks: true);

    /// <summary>
    /// A tag message (the release notes): line endings made <c>\n</c>, a lone CR and every other control character
    /// except tab removed, bidirectional controls removed.
    /// </summary>
    public static string TagMessage(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Most text has nothing to take out (every entry's description, every rendered release): returned as it is,
        // not copied twice.
        if (!text.AsSpan().ContainsAny(DroppedFromTagMessage))
        {
            return text;
        }

        var normal = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var sb = new StringBuilder(normal.Length);
        foreach (var c in normal)
        {
            if (c is '\n' or '\t' || !(IsControl(c) || IsBidiControl(c)))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Text for HTML (the release report), as element text or a quoted attribute value: control characters and
    /// bidirectional controls removed as for Markdown (line breaks kept), and <c>&amp; &lt; &gt; " '</c> written as
    /// character references, so a <c>&lt;script&gt;</c> in a subject is shown as the text it is.
    /// </summary>
    public static string Html(string text)
    {
        var clean = WithoutControls(text);
        var sb = new StringBuilder(clean.Length + 16);
        foreach (var c in clean)
        {
            var reference = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (reference is null)
            {
                sb.Append(c);
            }
            else
            {
                sb.Append(reference);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Text with its line breaks (any kind: LF, CR, VT, FF, NEL, the Unicode line and paragraph separators) made
    /// <c>\n</c>, other control characters removed (a tab becomes a space) and bidirectional controls removed: what
    /// every Markdown destination starts from.
    /// </summary>
    public static string WithoutControls(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!(IsControl(c) || IsBidiControl(c) || IsLineBreak(c)) || c == '\n')
            {
                sb?.Append(c);
                continue;
            }

            sb ??= new StringBuilder(text, 0, i, text.Length);
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }

            if (IsLineBreak(c))
            {
                sb.Append('\n');
            }
            else if (c == '\t')
            {
                sb.Append(' ');
            }
        }

        return sb?.ToString() ?? text;
    }

    /// <summary>A control character: C0 (tab and line feed included), DEL or C1.</summary>
    public static bool IsControl(char c) => c < 0x20 || c is >= '\u007F' and <= '\u009F';

    /// <summary>The characters that reorder displayed text (Trojan Source): marks, embeddings, overrides and isolates.</summary>
    public static bool IsBidiControl(char c) =>
        c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static string NotInTagMessage()
    {
        var dropped = new StringBuilder();
        for (var c = '\0'; c <= '\u2069'; c++)
        {
            if (c is not ('\n' or '\t') && (IsControl(c) || IsBidiControl(c)))
            {
                dropped.Append(c);
            }
        }

        return dropped.ToString();
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u000B' or '\u000C' or '\u0085' or '\u2028' or '\u2029';

    private static string OneLine(string text) =>
        string.Join(' ', WithoutControls(text).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).Trim();

    /// <summary>
    /// The punctuation that can start Markdown syntax inside a line (emphasis, code, links, images, HTML, tables,
    /// strikethrough, mentions, a scheme's colon that a forge would autolink); the rest of a name (hyphens, dots,
    /// apostrophes) is left as written so that names read naturally in the file too.
    /// </summary>
    private static bool IsMarkdownPunctuation(char c) => "\\`*_[]()<>!#|~:@{}".Contains(c, StringComparison.Ordinal);

    private static string ForTerminal(string text, bool keepLineBreaks)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var escape = (IsControl(c) || IsBidiControl(c) || c is '\u2028' or '\u2029') && !(keepLineBreaks && c is '\n' or '\t');
            if (!escape)
            {
                sb?.Append(c);
                continue;
            }

            sb ??= new StringBuilder(text, 0, i, text.Length + 8);
            sb.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < '\u0100' => string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}"),
                _ => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
            });
        }

        return sb?.ToString() ?? text;
    }
}

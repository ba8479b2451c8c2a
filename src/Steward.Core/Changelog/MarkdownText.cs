using System.Text;
using System.Text.RegularExpressions;

namespace Steward.Core.Changelog;

/// <summary>
/// Makes commit text safe to place inside a Markdown document: the Markdown part of
/// <see cref="Text.UntrustedText"/>. Control characters go first (any line break, CR included, ends a line), inline
/// emphasis and code are kept, but nothing can change the document's structure: a leading <c>#</c>, <c>&gt;</c>, list
/// or rule marker is escaped, <c>|</c> cannot split a table cell, HTML tags, comments and autolinks are shown as text,
/// and brackets are escaped so that the only links and images are the ones Steward makes itself.
/// </summary>
public static partial class MarkdownText
{
    /// <summary>One line of text for a list item, heading or table cell; line breaks become spaces.</summary>
    public static string Inline(string text) => Inline(text, null);

    /// <summary>
    /// <see cref="Inline(string)"/>, with each of <paramref name="links"/> (a reference as written, <c>#12</c> or
    /// <c>@octocat</c>, to its URL) made a link where it stands as a token of its own, outside code spans and links.
    /// </summary>
    public static string Inline(string text, IReadOnlyDictionary<string, string>? links)
    {
        var line = string.Join(' ', Text.UntrustedText.WithoutControls(text).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).Trim();
        var tokens = links is null || links.Count == 0 ? null : links.OrderByDescending(l => l.Key.Length).ToList();
        return EscapeStart(EscapeSpans(line, tokens));
    }

    /// <summary>
    /// A multi-line text (a breaking change's migration notes) for a block indented by <paramref name="indent"/>:
    /// each line is made safe on its own, blank lines kept as paragraph breaks.
    /// </summary>
    public static string Block(string text, string indent)
    {
        var lines = Text.UntrustedText.WithoutControls(text).Trim('\n').Split('\n');
        var sb = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                sb.Append('\n');
            }

            var line = lines[i].Trim();
            if (line.Length > 0)
            {
                sb.Append(i > 0 ? indent : string.Empty).Append(EscapeStart(EscapeSpans(line, null)));
            }
        }

        return sb.ToString();
    }

    private static string EscapeStart(string line)
    {
        if (line.Length == 0)
        {
            return line;
        }

        var first = line[0];
        if (first is '#' or '>' or '=' or '~')
        {
            return "\\" + line;
        }

        // List markers and thematic breaks: "- x", "* x", "+ x", "---", "***".
        if (first is '-' or '*' or '+' && (line.Length == 1 || line[1] is ' ' or '\t' || line.All(c => c == first || c == ' ')))
        {
            return "\\" + line;
        }

        // A fence would open a code block that swallows the rest of the document.
        var ticks = CountRun(line, 0, '`');
        if (ticks >= 3 && line.IndexOf('`', ticks) < 0)
        {
            return "\\" + line;
        }

        // "[x]: url" would be taken as a link reference definition and vanish from the text.
        if (first == '[' && LinkDefinition().IsMatch(line))
        {
            return "\\" + line;
        }

        // Ordered list markers: "1. x", "2) x".
        var digits = 0;
        while (digits < line.Length && digits < 10 && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        if (digits > 0 && digits < line.Length && line[digits] is '.' or ')' && (digits + 1 == line.Length || line[digits + 1] == ' '))
        {
            return line[..digits] + "\\" + line[digits..];
        }

        return line;
    }

    /// <summary>Escapes <c>|</c> and HTML outside code spans; inside code spans text is literal already, except <c>|</c> in a table.</summary>
    private static string EscapeSpans(string line, List<KeyValuePair<string, string>>? links)
    {
        var sb = new StringBuilder(line.Length + 8);
        var i = 0;

        // Inside "[text]" or the "(url)" after it a reference is part of a link already: a link in a link is not one.
        var bracketDepth = 0;
        var inUrl = false;
        while (i < line.Length)
        {
            var c = line[i];
            if (c == '`')
            {
                var run = CountRun(line, i, '`');
                var close = FindClosingRun(line, i + run, run);
                if (close >= 0)
                {
                    // GitHub splits table cells before reading code spans, so '|' needs its backslash even here.
                    sb.Append(line, i, close + run - i).Replace("|", "\\|", sb.Length - (close + run - i), close + run - i);
                    i = close + run;
                    continue;
                }

                // A backtick with no partner would pair with one Steward writes after the text (a commit link's
                // code span) and swallow that link: escaped, it is only a backtick.
                sb.Insert(sb.Length, "\\`", run);
                i += run;
                continue;
            }

            if (c == '\\' && i + 1 < line.Length && line[i + 1] == '`')
            {
                // An escaped backtick is still a backtick next to the ones after it: Markdown readers disagree on whether
                // that run opens a code span (Markdig: no, so what Steward would keep as code is read as HTML). Every
                // backtick of the run is escaped, and none opens a span.
                var run = CountRun(line, i + 1, '`');
                sb.Insert(sb.Length, "\\`", run);
                i += 1 + run;
                continue;
            }

            if (c == '\\' && i + 1 < line.Length)
            {
                // Keep an existing escape as it is.
                sb.Append(c).Append(line[i + 1]);
                i += 2;
                continue;
            }

            if (c == '[')
            {
                bracketDepth++;
            }
            else if (c == ']' && bracketDepth > 0)
            {
                bracketDepth--;
                inUrl = bracketDepth == 0 && i + 1 < line.Length && line[i + 1] == '(';
            }
            else if (c == ')' && inUrl)
            {
                inUrl = false;
            }
            else if (links is not null && bracketDepth == 0 && !inUrl && c is '#' or '!' or '@' && LinkAt(line, i, links) is { } link)
            {
                sb.Append('[').Append(link.Key).Append("](").Append(link.Value).Append(')');
                i += link.Key.Length;
                continue;
            }

            if (c is '|' or '[' or ']')
            {
                // '[' and ']' never open a link or an image the contributor chose; '|' never splits a table cell.
                sb.Append('\\').Append(c);
            }
            else if (c == '<' && StartsTag(line, i))
            {
                sb.Append("&lt;");
            }
            else
            {
                sb.Append(c);
            }

            i++;
        }

        return sb.ToString();
    }

    /// <summary>The reference written at <paramref name="i"/> as a whole token, not inside a word, path or longer name.</summary>
    private static KeyValuePair<string, string>? LinkAt(string line, int i, List<KeyValuePair<string, string>> links)
    {
        if (i > 0 && (char.IsLetterOrDigit(line[i - 1]) || line[i - 1] is '_' or '&' or '/' or '#' or '!' or '@' or '.' or '+' or '-'))
        {
            return null;
        }

        foreach (var link in links)
        {
            var end = i + link.Key.Length;
            if (string.CompareOrdinal(line, i, link.Key, 0, link.Key.Length) == 0
                && (end == line.Length || !(char.IsLetterOrDigit(line[end]) || line[end] is '_' or '@' or '/' or '-')))
            {
                return link;
            }
        }

        return null;
    }

    private static int CountRun(string line, int start, char c)
    {
        var n = 0;
        while (start + n < line.Length && line[start + n] == c)
        {
            n++;
        }

        return n;
    }

    private static int FindClosingRun(string line, int from, int length)
    {
        for (var i = from; i < line.Length; i++)
        {
            if (line[i] == '`')
            {
                var run = CountRun(line, i, '`');
                if (run == length)
                {
                    return i;
                }

                i += run - 1;
            }
        }

        return -1;
    }

    /// <summary>An HTML tag, closing tag, comment, processing instruction or autolink starts here.</summary>
    private static bool StartsTag(string line, int i)
    {
        if (i + 1 >= line.Length)
        {
            return false;
        }

        var next = line[i + 1];
        if (next is '/' or '!' or '?')
        {
            return true;
        }

        if (!char.IsAsciiLetter(next))
        {
            return false;
        }

        // <https://example.com> and <user@example.com>, Markdown autolinks, are a link the contributor chose: shown as text too.
        return true;
    }

    [GeneratedRegex(@"^\[[^\]]*\]:", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LinkDefinition();
}

using System.Text;
using System.Text.RegularExpressions;

namespace Steward.Core.Changelog;

/// <summary>
/// Makes commit text safe to place inside a Markdown document. Inline Markdown (emphasis, code, links) is kept, but
/// nothing can change the document's structure: a leading <c>#</c>, <c>&gt;</c>, list or rule marker is escaped,
/// <c>|</c> cannot split a table cell, and HTML tags and comments are shown as text instead of being interpreted.
/// </summary>
public static partial class MarkdownText
{
    /// <summary>One line of text for a list item, heading or table cell; line breaks become spaces.</summary>
    public static string Inline(string text)
    {
        var line = string.Join(' ', text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).Trim();
        return EscapeStart(EscapeSpans(line));
    }

    /// <summary>
    /// A multi-line text (a breaking change's migration notes) for a block indented by <paramref name="indent"/>:
    /// each line is made safe on its own, blank lines kept as paragraph breaks.
    /// </summary>
    public static string Block(string text, string indent)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n').Split('\n');
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
                sb.Append(i > 0 ? indent : string.Empty).Append(EscapeStart(EscapeSpans(line)));
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
    private static string EscapeSpans(string line)
    {
        var sb = new StringBuilder(line.Length + 8);
        var i = 0;
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

                sb.Append(line, i, run);
                i += run;
                continue;
            }

            if (c == '\\' && i + 1 < line.Length)
            {
                // Keep an existing escape as it is.
                sb.Append(c).Append(line[i + 1]);
                i += 2;
                continue;
            }

            if (c == '|')
            {
                sb.Append("\\|");
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

    /// <summary>An HTML tag, closing tag, comment or processing instruction starts here; an autolink does not.</summary>
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

        // <https://example.com> and <user@example.com> are Markdown autolinks, not HTML: keep them.
        var end = line.IndexOf('>', i + 1);
        if (end > 0)
        {
            var inner = line[(i + 1)..end];
            if (!inner.Contains(' ', StringComparison.Ordinal) && (inner.Contains("://", StringComparison.Ordinal) || (inner.Contains('@', StringComparison.Ordinal) && !inner.Contains('=', StringComparison.Ordinal))))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"^\[[^\]]*\]:", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LinkDefinition();
}

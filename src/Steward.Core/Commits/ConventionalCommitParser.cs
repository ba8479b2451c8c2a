using System.Runtime.InteropServices;

namespace Steward.Core.Commits;

/// <summary>
/// Reads commit message text as Conventional Commits 1.0.0: <c>type(scope)!: description</c>, an optional body and
/// optional footers (<c>Token: value</c>, <c>Token #value</c>, <c>BREAKING CHANGE: value</c>). A message that does not
/// follow the spec is "other", never an error. Hand-written scanning, no regular expressions: this runs once per
/// commit on histories of millions, so it stays linear and cannot backtrack.
/// </summary>
public static class ConventionalCommitParser
{
    public const string BreakingChangeToken = "BREAKING CHANGE";
    public const string BreakingChangeHyphenToken = "BREAKING-CHANGE";

    public static CommitMessage Parse(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var lines = SplitLines(message);
        var subject = lines.Count > 0 ? lines[0].Trim() : string.Empty;
        var header = ParseHeader(subject);

        // The body starts after the header; the spec wants one blank line between them, and lint says so, but a
        // missing blank line must not lose the text.
        var start = 1;
        while (start < lines.Count && string.IsNullOrWhiteSpace(lines[start]))
        {
            start++;
        }

        var footerStart = FindFooterStart(lines, start);
        var body = JoinTrimmed(lines, start, footerStart);
        var footers = ParseFooters(lines, footerStart);
        var breakingNotes = new List<string>();
        foreach (var footer in footers)
        {
            if (IsBreakingToken(footer.Token))
            {
                breakingNotes.Add(footer.Value);
            }
        }

        // A BREAKING CHANGE footer counts whatever the header says (the spec's footer rule; semantic-release and
        // cocogitto agree): a release made from "v2 (#9)" with one is still a major release.
        if (header is null)
        {
            return new CommitMessage(false, null, null, breakingNotes.Count > 0, subject, body, footers, breakingNotes, subject);
        }

        var (type, scope, bang, description) = header.Value;

        // With '!' and no BREAKING CHANGE footer, the spec says the description describes the breaking change.
        if (bang && breakingNotes.Count == 0)
        {
            breakingNotes.Add(description);
        }

        return new CommitMessage(true, type, scope, bang || breakingNotes.Count > 0, description, body, footers, breakingNotes, subject);
    }

    /// <summary>
    /// Splits a header <c>type(scope)!: description</c>; null when it is not one. The type is a word of letters,
    /// digits, '-' or '_' (case-insensitive, returned in lower case); the scope any non-empty text without parentheses.
    /// </summary>
    public static (string Type, string? Scope, bool Breaking, string Description)? ParseHeader(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var i = 0;
        while (i < header.Length && IsTypeChar(header[i]))
        {
            i++;
        }

        if (i == 0 || !char.IsAsciiLetter(header[0]))
        {
            return null;
        }

        var type = header[..i].ToLowerInvariant();
        string? scope = null;
        if (i < header.Length && header[i] == '(')
        {
            var close = header.IndexOf(')', i + 1);
            if (close < 0)
            {
                return null;
            }

            scope = header[(i + 1)..close];
            if (scope.Trim().Length == 0 || scope.Contains('(', StringComparison.Ordinal) || scope.Trim().Length != scope.Length)
            {
                return null;
            }

            i = close + 1;
        }

        var bang = i < header.Length && header[i] == '!';
        if (bang)
        {
            i++;
        }

        // The spec requires the terminal colon AND a space: "feat:x" is not a conventional header.
        if (i + 1 >= header.Length || header[i] != ':' || header[i + 1] != ' ')
        {
            return null;
        }

        var description = header[(i + 2)..].Trim();
        return description.Length == 0 ? null : (type, scope, bang, description);
    }

    /// <summary>True for BREAKING CHANGE and its synonym BREAKING-CHANGE, which the spec requires in upper case.</summary>
    public static bool IsBreakingToken(string token) =>
        string.Equals(token, BreakingChangeToken, StringComparison.Ordinal)
        || string.Equals(token, BreakingChangeHyphenToken, StringComparison.Ordinal);

    /// <summary>
    /// Reads a footer line's token and value start: <c>Token: value</c> or <c>Token #value</c>, where the token is a
    /// word of letters, digits and '-' (whitespace only in <c>BREAKING CHANGE</c>). Null when the line is not one.
    /// </summary>
    public static (string Token, string Value)? ParseFooterLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var length = FooterTokenLength(line);
        return length < 0 ? null : (line[..length], line[(length + 2)..].Trim());
    }

    /// <summary>
    /// The length of the token when <paramref name="line"/> is a footer line (see <see cref="ParseFooterLine"/>), else
    /// -1. Cuts nothing out: <see cref="FindFooterStart"/> asks this of every paragraph of every message.
    /// </summary>
    private static int FooterTokenLength(string line)
    {
        var i = 0;
        if (line.StartsWith(BreakingChangeToken, StringComparison.Ordinal))
        {
            i = BreakingChangeToken.Length;
        }
        else
        {
            while (i < line.Length && (char.IsAsciiLetterOrDigit(line[i]) || line[i] == '-'))
            {
                i++;
            }

            if (i == 0 || line[0] == '-')
            {
                return -1;
            }
        }

        if (i + 1 >= line.Length)
        {
            return -1;
        }

        var separated = (line[i] == ':' && line[i + 1] == ' ') || (line[i] == ' ' && line[i + 1] == '#');
        return separated && !line.AsSpan(i + 2).IsWhiteSpace() ? i : -1;
    }

    private static bool IsBreakingToken(ReadOnlySpan<char> token) =>
        token.SequenceEqual(BreakingChangeToken) || token.SequenceEqual(BreakingChangeHyphenToken);

    private static bool IsTypeChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_';

    private static List<string> SplitLines(string message)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < message.Length; i++)
        {
            if (message[i] == '\n')
            {
                lines.Add(message[start..(i > start && message[i - 1] == '\r' ? i - 1 : i)]);
                start = i + 1;
            }
        }

        if (start < message.Length)
        {
            lines.Add(message[start..].TrimEnd('\r'));
        }

        while (lines.Count > 0 && string.IsNullOrWhiteSpace(lines[^1]))
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    /// <summary>
    /// Where the footers begin: footers start a paragraph (after a blank line, or right after the header's blank line)
    /// and a value may run over several lines and paragraphs. The earliest paragraph from which every following
    /// paragraph also opens with a footer is the footer block; failing that, the first paragraph that opens with a
    /// BREAKING CHANGE footer, so that a breaking change explained in several paragraphs is never lost.
    /// Returns <c>lines.Count</c> when there are no footers.
    /// </summary>
    private static int FindFooterStart(List<string> lines, int start)
    {
        var candidate = lines.Count;
        var firstBreaking = lines.Count;

        // Walk paragraph starts from the last to the first, keeping the earliest start of an unbroken run of footer paragraphs.
        var runIntact = true;
        for (var i = lines.Count - 1; i >= start; i--)
        {
            var isParagraphStart = i == start || string.IsNullOrWhiteSpace(lines[i - 1]);
            if (!isParagraphStart || string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var token = FooterTokenLength(lines[i]);
            if (token < 0)
            {
                runIntact = false;
                continue;
            }

            if (runIntact)
            {
                candidate = i;
            }

            if (IsBreakingToken(lines[i].AsSpan(0, token)))
            {
                firstBreaking = i;
            }
        }

        return Math.Min(candidate, firstBreaking);
    }

    private static List<CommitFooter> ParseFooters(List<string> lines, int footerStart)
    {
        var footers = new List<CommitFooter>();
        if (footerStart >= lines.Count)
        {
            return footers;
        }

        string? token = null;
        var value = new System.Text.StringBuilder();
        for (var i = footerStart; i < lines.Count; i++)
        {
            var footer = ParseFooterLine(lines[i]);
            if (footer is not null)
            {
                if (token is not null)
                {
                    footers.Add(new CommitFooter(token, value.ToString().TrimEnd()));
                }

                token = footer.Value.Token;
                value.Clear().Append(footer.Value.Value);
            }
            else
            {
                // A continuation line of a multi-line value, blank lines included.
                value.Append('\n').Append(lines[i].TrimEnd());
            }
        }

        if (token is not null)
        {
            footers.Add(new CommitFooter(token, value.ToString().TrimEnd()));
        }

        return footers;
    }

    private static string? JoinTrimmed(List<string> lines, int start, int end)
    {
        while (end > start && string.IsNullOrWhiteSpace(lines[end - 1]))
        {
            end--;
        }

        return end <= start ? null : string.Join('\n', CollectionsMarshal.AsSpan(lines)[start..end]).TrimEnd();
    }
}

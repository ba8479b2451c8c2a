namespace Steward.Core.Commits;

/// <summary>
/// The release notes a pull request's description asks for, as GitHub and GitLab copy the description into a squash
/// or merge commit: a fenced <c>```release-note</c> block, a <c>## Release notes</c> section, or <c>Release-Note:</c>
/// trailers, looked for in that order. <c>NONE</c> as the whole note leaves the pull request out of the notes. In a
/// block or section each list item is a note of its own; other lines are joined into one. Hand-written scanning:
/// this runs on every pull request commit of a regenerated history.
/// </summary>
public static class PullRequestNotes
{
    private const string NoneNote = "NONE";

    /// <summary>
    /// The notes of <paramref name="description"/>: null when it names none (the title stands), empty when it says
    /// <c>NONE</c>, else one line per note.
    /// </summary>
    public static IReadOnlyList<string>? Read(string? description)
    {
        // Nearly every description has none of the three forms, and each has "release" in it.
        if (description is null || !description.Contains("release", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var lines = description.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return FromNotes(FencedBlock(lines)) ?? FromNotes(Section(lines)) ?? FromNotes(Trailers(lines));
    }

    private static List<string>? FromNotes(List<string>? notes)
    {
        if (notes is null || notes.Count == 0)
        {
            return null;
        }

        return notes.Count == 1 && string.Equals(notes[0], NoneNote, StringComparison.OrdinalIgnoreCase) ? [] : notes;
    }

    /// <summary>The notes of the first <c>```release-note</c> (or <c>~~~release-note</c>) block, or null.</summary>
    private static List<string>? FencedBlock(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var fence = line.StartsWith("```", StringComparison.Ordinal) ? "```" : line.StartsWith("~~~", StringComparison.Ordinal) ? "~~~" : null;
            if (fence is null)
            {
                continue;
            }

            var info = line.TrimStart(fence[0]).Trim();
            if (!info.Equals("release-note", StringComparison.OrdinalIgnoreCase) && !info.Equals("release-notes", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var end = i + 1;
            while (end < lines.Length && !lines[end].Trim().StartsWith(fence, StringComparison.Ordinal))
            {
                end++;
            }

            return Notes(lines, i + 1, end);
        }

        return null;
    }

    /// <summary>The notes of a <c>## Release notes</c> heading (any level, "note" or "notes"), up to the next heading, or null.</summary>
    private static List<string>? Section(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (HeadingText(lines[i]) is not { } heading
                || !(heading.Equals("release notes", StringComparison.OrdinalIgnoreCase) || heading.Equals("release note", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var end = i + 1;
            while (end < lines.Length && HeadingText(lines[end]) is null)
            {
                end++;
            }

            return Notes(lines, i + 1, end);
        }

        return null;
    }

    /// <summary>Every <c>Release-Note:</c> trailer's value, or null when there is none.</summary>
    private static List<string>? Trailers(string[] lines)
    {
        const string Token = "Release-Note:";
        List<string>? notes = null;
        foreach (var line in lines)
        {
            var text = line.Trim();
            if (text.StartsWith(Token, StringComparison.OrdinalIgnoreCase) && text[Token.Length..].Trim() is { Length: > 0 } value)
            {
                (notes ??= []).Add(value);
            }
        }

        return notes;
    }

    /// <summary>The text of an ATX heading (<c>## Release notes:</c> gives "Release notes"), or null when the line is none.</summary>
    private static string? HeadingText(string line)
    {
        var text = line.TrimStart();
        var level = 0;
        while (level < text.Length && text[level] == '#')
        {
            level++;
        }

        if (level is 0 or > 6 || (level < text.Length && text[level] != ' '))
        {
            return null;
        }

        return text[level..].Trim().TrimEnd('#').Trim().TrimEnd(':').Trim();
    }

    /// <summary>
    /// The notes in <paramref name="lines"/>[start..end]: HTML comments (a template's hints) dropped, each list item a
    /// note, other lines of a paragraph joined with spaces.
    /// </summary>
    private static List<string> Notes(string[] lines, int start, int end)
    {
        var notes = new List<string>();
        var current = new System.Text.StringBuilder();
        var inComment = false;
        void Flush()
        {
            if (current.Length > 0)
            {
                notes.Add(current.ToString());
                current.Clear();
            }
        }

        for (var i = start; i < end; i++)
        {
            var text = WithoutComments(lines[i], ref inComment).Trim();
            if (text.Length == 0)
            {
                Flush();
                continue;
            }

            if (text.Length > 2 && (text[0] is '-' or '*' or '+') && text[1] == ' ')
            {
                Flush();
                text = text[2..].Trim();
            }

            if (current.Length > 0)
            {
                current.Append(' ');
            }

            current.Append(text);
        }

        Flush();
        return notes;
    }

    private static string WithoutComments(string line, ref bool inComment)
    {
        var kept = new System.Text.StringBuilder();
        var i = 0;
        while (i < line.Length)
        {
            if (inComment)
            {
                var close = line.IndexOf("-->", i, StringComparison.Ordinal);
                if (close < 0)
                {
                    return kept.ToString();
                }

                inComment = false;
                i = close + 3;
                continue;
            }

            var open = line.IndexOf("<!--", i, StringComparison.Ordinal);
            if (open < 0)
            {
                kept.Append(line, i, line.Length - i);
                break;
            }

            kept.Append(line, i, open - i);
            inComment = true;
            i = open + 4;
        }

        return kept.ToString();
    }
}

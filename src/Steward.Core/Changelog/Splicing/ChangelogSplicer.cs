using Steward.Core.Errors;
using Steward.Core.Versioning;

namespace Steward.Core.Changelog.Splicing;

/// <summary>
/// Puts one release's rendered block into a changelog. Everything outside the release's own block (the preamble,
/// an Unreleased section, every other release) is copied through untouched, so it stays byte-for-byte.
/// </summary>
public static class ChangelogSplicer
{
    /// <summary>
    /// The new file text with <paramref name="block"/> (rendered with <c>\n</c>) for <paramref name="version"/>:
    /// added above the older releases, unchanged when the same block is there already, and replacing an entry that
    /// differs (edited by hand) only with <paramref name="force"/>. A null <paramref name="existing"/> is a new file.
    /// </summary>
    public static ChangelogText Splice(string displayPath, ChangelogText? existing, string version, string block, bool force)
    {
        if (existing is null)
        {
            return new ChangelogText($"{Rendering.BuiltInTemplates.Header.TrimEnd('\n')}\n\n{block}", false, "\n");
        }

        var document = ChangelogDocument.Parse(existing.Text);
        var text = existing.Text;
        var rendered = existing.InFileNewlines(block);
        var same = document.Releases.Select((r, i) => (Heading: r, Index: i)).Where(r => r.Heading.Version is not null && SameVersion(r.Heading.Version, version)).ToList();
        if (same.Count > 1)
        {
            throw Messages.ChangelogEntryTwice(displayPath, same[1].Heading.Line, version, same[0].Heading.Line);
        }

        if (same.Count == 1)
        {
            var (heading, index) = same[0];
            var end = document.EndOf(index);
            var current = text[heading.Start..end];
            var content = current.TrimEnd('\r', '\n');
            // Same entries under a heading of another day (written yesterday, run again today) is the same entry.
            if (Normalize(content) == Normalize(block) || Body(content) == Body(block))
            {
                return existing;
            }

            if (!force)
            {
                throw Messages.ChangelogEntryEdited(displayPath, heading.Line, version);
            }

            var trailing = current[content.Length..];
            var replacement = rendered.TrimEnd('\r', '\n') + (trailing.Length > 0 ? trailing : existing.Newline);
            return ReadableBack(displayPath, version, existing with { Text = string.Concat(text.AsSpan(0, heading.Start), replacement, text.AsSpan(end)) });
        }

        var at = InsertionPoint(document, version);
        if (at < text.Length)
        {
            return ReadableBack(displayPath, version, existing with { Text = string.Concat(text.AsSpan(0, at), rendered, existing.Newline, text.AsSpan(at)) });
        }

        // Appended after everything: keep one blank line between what was there and the new release.
        var separator = text.Length == 0 ? string.Empty
            : text.EndsWith(existing.Newline + existing.Newline, StringComparison.Ordinal) ? string.Empty
            : text.EndsWith('\n') ? existing.Newline
            : existing.Newline + existing.Newline;
        return ReadableBack(displayPath, version, existing with { Text = text + separator + rendered });
    }

    /// <summary>
    /// The new text, when it reads back with exactly one entry for <paramref name="version"/>. Text above the entry that
    /// never closes (an HTML comment or block, a code fence) swallows every heading after it, so the next run would not
    /// see the entry and would add it again: refuse instead, before anything is written.
    /// </summary>
    private static ChangelogText ReadableBack(string displayPath, string version, ChangelogText result)
    {
        var found = ChangelogDocument.Parse(result.Text).Releases.Count(r => r.Version is not null && SameVersion(r.Version, version));
        return found == 1
            ? result
            : throw Messages.ChangelogEntryHidden(displayPath, version);
    }

    /// <summary>
    /// Where a new release goes: above the first release that is older than it (so a maintenance release lands among
    /// its peers), below an Unreleased section, or at the end when every release in the file is newer.
    /// </summary>
    private static int InsertionPoint(ChangelogDocument document, string version)
    {
        var parsed = SemanticVersion.TryParse(version, out var v) ? v : null;
        foreach (var heading in document.Releases)
        {
            if (heading.IsUnreleased)
            {
                continue;
            }

            if (parsed is null || heading.Parsed is null || heading.Parsed < parsed)
            {
                return heading.Start;
            }
        }

        return document.Text.Length;
    }

    private static bool SameVersion(string a, string b) =>
        SemanticVersion.TryParse(a, out var x) && SemanticVersion.TryParse(b, out var y) && x is not null && y is not null
            ? SemanticVersion.ComparePrecedence(x, y) == 0 && x.ToString() == y.ToString()
            : string.Equals(a.TrimStart('v', 'V'), b.TrimStart('v', 'V'), StringComparison.Ordinal);

    /// <summary>An entry without its heading line.</summary>
    private static string Body(string text)
    {
        var normalized = Normalize(text);
        var newline = normalized.IndexOf('\n', StringComparison.Ordinal);
        return newline < 0 ? string.Empty : normalized[(newline + 1)..];
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');
}

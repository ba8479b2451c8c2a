using Steward.Core.Versioning;

namespace Steward.Core.Changelog.Splicing;

/// <summary>
/// The notes of a release when its changelog already has an entry for it: the text under the entry's heading, as a
/// maintainer may have edited it. The entry is what users read in CHANGELOG.md, so the tag message and the notes
/// file say the same rather than what the commits alone would give.
/// </summary>
public static class ChangelogEntryNotes
{
    /// <summary>
    /// The body of the entry for <paramref name="version"/> (build metadata included in the match): the lines after its
    /// heading up to the next release heading, with blank lines around them removed, "\n" line endings and a final
    /// newline. Empty when the entry has no text; null when the changelog has no entry for the version.
    /// </summary>
    public static string? Find(string changelogText, SemanticVersion version)
    {
        ArgumentNullException.ThrowIfNull(changelogText);
        ArgumentNullException.ThrowIfNull(version);
        var document = ChangelogDocument.Parse(changelogText);
        for (var i = 0; i < document.Releases.Count; i++)
        {
            var heading = document.Releases[i];
            if (heading.Parsed is null
                || SemanticVersion.ComparePrecedence(heading.Parsed, version) != 0
                || !heading.Parsed.Build.SequenceEqual(version.Build))
            {
                continue;
            }

            var end = document.EndOf(i);
            var lineEnd = changelogText.IndexOf('\n', heading.Start);
            if (lineEnd < 0 || lineEnd >= end)
            {
                return string.Empty;
            }

            var lines = changelogText[(lineEnd + 1)..end].Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            var first = 0;
            var last = lines.Length - 1;
            while (first <= last && lines[first].Trim().Length == 0)
            {
                first++;
            }

            while (last >= first && lines[last].Trim().Length == 0)
            {
                last--;
            }

            return first > last ? string.Empty : string.Join('\n', lines[first..(last + 1)]) + "\n";
        }

        return null;
    }
}

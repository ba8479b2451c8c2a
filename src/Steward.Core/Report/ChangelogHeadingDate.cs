using System.Globalization;
using System.Text.RegularExpressions;
using Steward.Core.Changelog.Splicing;
using Steward.Core.Versioning;

namespace Steward.Core.Report;

/// <summary>
/// The date a changelog's heading gives a release (<c>## [1.3.0] - 2026-03-02</c>): the only date left of a retracted
/// release, whose tag was deleted.
/// </summary>
public static partial class ChangelogHeadingDate
{
    /// <summary>The first ISO date (yyyy-MM-dd) on the heading of <paramref name="version"/>'s entry; null when there is none.</summary>
    public static DateOnly? Of(ChangelogDocument document, SemanticVersion version)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(version);
        var heading = document.Releases.FirstOrDefault(r => r.Parsed is not null && SemanticVersion.ComparePrecedence(r.Parsed, version) == 0);
        if (heading is null)
        {
            return null;
        }

        var end = document.Text.IndexOf('\n', heading.Start);
        var line = document.Text[heading.Start..(end < 0 ? document.Text.Length : end)];
        var match = IsoDate().Match(line);
        return match.Success && DateOnly.TryParseExact(match.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    [GeneratedRegex(@"(?<![0-9])[0-9]{4}-[0-9]{2}-[0-9]{2}(?![0-9])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex IsoDate();
}

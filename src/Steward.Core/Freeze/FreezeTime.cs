using System.Globalization;
using System.Text.RegularExpressions;

namespace Steward.Core.Freeze;

/// <summary>
/// The times of a freeze window: a date (<c>2026-12-20</c>, UTC) or a time with its offset
/// (<c>2026-12-20T18:00:00Z</c>, <c>2026-12-20T18:00+01:00</c>). A time without an offset is refused: which zone a
/// scheduled job's machine uses is not something a freeze should depend on.
/// </summary>
public static partial class FreezeTime
{
    /// <summary>
    /// The instant <paramref name="text"/> names, or null when it is not a date or time. A bare date as an
    /// <paramref name="end"/> means the end of that day (the day is frozen too); as a start, its beginning.
    /// </summary>
    public static DateTimeOffset? Parse(string text, bool end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (!Shape().IsMatch(trimmed))
        {
            return null;
        }

        if (trimmed.Length == 10)
        {
            if (!DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return null;
            }

            var start = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return end ? start.AddDays(1) : start;
        }

        return DateTimeOffset.TryParse(trimmed.Replace(' ', 'T'), CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? instant
            : null;
    }

    /// <summary>An instant as Steward prints it: UTC, to the second, ISO 8601.</summary>
    public static string Format(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:\d{2}))?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Shape();
}

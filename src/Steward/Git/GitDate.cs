using System.Globalization;

namespace Steward.Git;

/// <summary>
/// Reads the strict ISO 8601 dates git writes for <c>%aI</c> and <c>%(creatordate:iso-strict)</c>
/// (<c>2024-05-01T12:34:56+02:00</c>, or <c>Z</c> for UTC) field by field. <see cref="DateTimeOffset.Parse(string, IFormatProvider)"/>
/// tries every format it knows on each of them, about 4,000 instructions a date, once for every commit and tag a run
/// reads. Any other text goes to it as before, so the answer is the same for every input.
/// </summary>
internal static class GitDate
{
    /// <summary>The date, or null when <paramref name="text"/> is not a date at all.</summary>
    public static DateTimeOffset? TryRead(string text) =>
        Strict(text) ?? (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null);

    /// <summary>The date; text that is not one fails as <see cref="DateTimeOffset.Parse(string, IFormatProvider)"/> does.</summary>
    public static DateTimeOffset Read(string text) => Strict(text) ?? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    private static DateTimeOffset? Strict(string text)
    {
        var utc = text.Length == 20 && text[19] == 'Z';
        if (!(utc || (text.Length == 25 && text[19] is '+' or '-' && text[22] == ':'))
            || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':')
        {
            return null;
        }

        if (Number(text, 0, 4) is not { } year || Number(text, 5, 2) is not { } month || Number(text, 8, 2) is not { } day
            || Number(text, 11, 2) is not { } hour || Number(text, 14, 2) is not { } minute || Number(text, 17, 2) is not { } second)
        {
            return null;
        }

        var offset = TimeSpan.Zero;
        if (!utc)
        {
            if (Number(text, 20, 2) is not { } offsetHours || Number(text, 23, 2) is not { } offsetMinutes || offsetMinutes > 59)
            {
                return null;
            }

            offset = new TimeSpan(offsetHours, offsetMinutes, 0) * (text[19] == '-' ? -1 : 1);
        }

        // Out-of-range fields (month 13, an offset beyond 14 hours) are left to the general parser, which says so.
        if (year is < 2 or > 9998 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59
            || second > 59 || offset.Duration() > TimeSpan.FromHours(14))
        {
            return null;
        }

        return new DateTimeOffset(year, month, day, hour, minute, second, offset);
    }

    private static int? Number(string text, int start, int length)
    {
        var value = 0;
        for (var i = start; i < start + length; i++)
        {
            var digit = text[i] - '0';
            if (digit is < 0 or > 9)
            {
                return null;
            }

            value = (value * 10) + digit;
        }

        return value;
    }
}

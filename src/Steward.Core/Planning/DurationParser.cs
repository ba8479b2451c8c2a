using System.Globalization;
using Steward.Core.Errors;

namespace Steward.Core.Planning;

/// <summary>Reads a timeout written as seconds (<c>600</c>) or with a unit (<c>90s</c>, <c>10m</c>, <c>1h</c>).</summary>
public static class DurationParser
{
    public static TimeSpan Parse(string text, string where)
    {
        var s = text.Trim();
        var unit = s.Length > 0 && char.IsAsciiLetter(s[^1]) ? s[^1] : 's';
        var number = char.IsAsciiLetter(unit) && s.Length > 0 && char.IsAsciiLetter(s[^1]) ? s[..^1] : s;
        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value <= 0
            || unit is not ('s' or 'm' or 'h'))
        {
            throw Messages.TimeoutNotADuration(where, text);
        }

        return unit switch
        {
            'h' => TimeSpan.FromHours(value),
            'm' => TimeSpan.FromMinutes(value),
            _ => TimeSpan.FromSeconds(value),
        };
    }
}

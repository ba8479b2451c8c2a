using System.Globalization;

namespace Steward.Core.Report.Charts;

/// <summary>
/// Days to horizontal positions: <see cref="Start"/> at <see cref="Left"/>, <see cref="End"/> at Left + Width. The
/// timeline and the support bars of a component share one, so a release and its line's support start line up.
/// </summary>
public sealed class TimeAxis
{
    public TimeAxis(DateOnly start, DateOnly end, double left, double width)
    {
        Start = start;
        End = end > start ? end : start.AddDays(1);
        Left = left;
        Width = width;
    }

    public DateOnly Start { get; }

    public DateOnly End { get; }

    public double Left { get; }

    public double Width { get; }

    public double Right => Left + Width;

    /// <summary>
    /// An axis over every date given, from the first day of the earliest one's month to the first day of the month
    /// after the latest one's, so no point sits on an edge.
    /// </summary>
    public static TimeAxis Spanning(IEnumerable<DateOnly> dates, double left, double width)
    {
        ArgumentNullException.ThrowIfNull(dates);
        var all = dates.ToList();
        if (all.Count == 0)
        {
            throw new ArgumentException("an axis needs at least one date", nameof(dates));
        }

        var min = all.Min();
        var max = all.Max();
        return new TimeAxis(new DateOnly(min.Year, min.Month, 1), new DateOnly(max.Year, max.Month, 1).AddMonths(1), left, width);
    }

    /// <summary>The position of <paramref name="date"/>; dates outside the axis are clamped to its ends.</summary>
    public double X(DateOnly date)
    {
        var span = End.DayNumber - Start.DayNumber;
        var at = Math.Clamp(date.DayNumber - Start.DayNumber, 0, span);
        return Left + (at * Width / span);
    }

    /// <summary>
    /// Where the axis is labelled: the first of every month for a span up to 18 months, of every quarter up to five
    /// years, else of every year; each with its label (<c>2026-04</c>, or <c>2026</c> for years).
    /// </summary>
    public IReadOnlyList<(DateOnly Date, string Label)> Ticks()
    {
        var months = ((End.Year - Start.Year) * 12) + End.Month - Start.Month;
        var step = months <= 18 ? 1 : months <= 60 ? 3 : 12;
        var ticks = new List<(DateOnly, string)>();
        var first = new DateOnly(Start.Year, Start.Month, 1);
        while ((first.Month - 1) % step != 0)
        {
            first = first.AddMonths(1);
        }

        for (var tick = first; tick <= End; tick = tick.AddMonths(step))
        {
            if (tick >= Start)
            {
                ticks.Add((tick, tick.ToString(step == 12 ? "yyyy" : "yyyy-MM", CultureInfo.InvariantCulture)));
            }
        }

        return ticks;
    }
}

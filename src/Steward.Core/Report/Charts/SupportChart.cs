namespace Steward.Core.Report.Charts;

/// <summary>
/// The support windows of <c>steward support</c> as bars: one per released line, from its first stable release to the
/// day its support ends (to the axis' end for a line with full support and no end date), coloured and labelled by
/// status, with today marked by a vertical line. Lines with prereleases only have no window and no bar.
/// </summary>
public static class SupportChart
{
    public const double RowHeight = 34;
    private const double Top = 24;
    private const double AxisSpace = 30;

    public static string Render(string id, ReportComponent component, TimeAxis axis, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(component);
        ArgumentNullException.ThrowIfNull(axis);
        var lines = component.Lines.Where(l => l.Since is not null).ToList();
        var bottom = Top + (Math.Max(1, lines.Count) * RowHeight);
        var svg = new SvgBuilder(id, "chart support", TimelineChart.Width, bottom + AxisSpace, $"Support windows of {component.Name}",
            $"One bar per release line from its first release to the end of its support, as steward support computes it; today is {ChartDates.Iso(today)}.");
        TimeAxisDrawing.Draw(svg, axis, Top, bottom);
        for (var row = 0; row < lines.Count; row++)
        {
            var line = lines[row];
            var y = Top + (row * RowHeight) + 6;
            var start = axis.X(line.Since!.Value);
            var end = line.Ends is { } ends ? axis.X(ends) : axis.Right;
            var until = line.Ends is { } e ? (line.Status == "eol" ? $"ended {ChartDates.Iso(e)}" : $"until {ChartDates.Iso(e)}") : "no end date";
            var label = $"{line.Name} {line.Status}, {until}";
            svg.Group($"support-bar status-{line.Status}", $"{label} (since {ChartDates.Iso(line.Since.Value)})",
                ("line", line.Name), ("status", line.Status), ("since", ChartDates.Iso(line.Since.Value)), ("ends", line.Ends is { } d ? ChartDates.Iso(d) : string.Empty));
            svg.Text(8, y + 15, line.Name, "line-name");
            svg.Rect(start, y, Math.Max(2, end - start), RowHeight - 12, "bar");
            svg.Text(start + 6, y + 15, label, "bar-label");
            svg.Close();
        }

        var x = axis.X(today);
        svg.Group("today", $"today, {ChartDates.Iso(today)}", ("date", ChartDates.Iso(today)));
        svg.Line(x, Top - 6, x, bottom, "today-line");
        svg.Text(x, Top - 10, $"today {ChartDates.Iso(today)}", "today-label", "middle");
        svg.Close();
        return svg.Build();
    }
}

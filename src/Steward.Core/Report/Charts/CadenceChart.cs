using System.Globalization;

namespace Steward.Core.Report.Charts;

/// <summary>
/// Releases per month as a bar chart: one bar per month of the span, stable releases at the bottom and prereleases
/// stacked on them, the count written above each bar that has any, months labelled below (every few when there are
/// many).
/// </summary>
public static class CadenceChart
{
    private const double Top = 20;
    private const double PlotHeight = 160;
    private const double LabelSpace = 60;

    public static string Render(string id, ReportComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        var months = component.Cadence;
        var svg = new SvgBuilder(id, "chart cadence", TimelineChart.Width, Top + PlotHeight + LabelSpace, $"Releases per month of {component.Name}",
            string.Create(CultureInfo.InvariantCulture, $"{months.Sum(m => m.Total)} releases over {months.Count} months; stable releases and prereleases stacked."));
        var bottom = Top + PlotHeight;
        var left = TimelineChart.Left;
        var plotWidth = TimelineChart.Width - left - 20;
        svg.Line(left, bottom, left + plotWidth, bottom, "axis");
        if (months.Count == 0)
        {
            svg.Text(left, bottom - 10, "no releases", "empty");
            return svg.Build();
        }

        var max = Math.Max(1, months.Max(m => m.Total));
        var slot = plotWidth / months.Count;
        var barWidth = Math.Min(40, slot * 0.8);
        var labelEvery = (int)Math.Ceiling(months.Count / 24.0);
        var unit = PlotHeight / max;
        svg.Text(left - 8, Top + 4, max.ToString(CultureInfo.InvariantCulture), "tick", "end");
        svg.Text(left - 8, bottom, "0", "tick", "end");
        for (var i = 0; i < months.Count; i++)
        {
            var month = months[i];
            var x = left + (i * slot) + ((slot - barWidth) / 2);
            var title = string.Create(CultureInfo.InvariantCulture, $"{month.Month}: {month.Total} releases ({month.Stable} stable, {month.Prerelease} prerelease)");
            svg.Group("cadence-bar", title, ("month", month.Month), ("count", month.Total.ToString(CultureInfo.InvariantCulture)));
            svg.Rect(x, bottom - (month.Stable * unit), barWidth, month.Stable * unit, "bar stable");
            svg.Rect(x, bottom - (month.Total * unit), barWidth, month.Prerelease * unit, "bar prerelease");
            if (month.Total > 0)
            {
                svg.Text(x + (barWidth / 2), bottom - (month.Total * unit) - 4, month.Total.ToString(CultureInfo.InvariantCulture), "count", "middle");
            }

            if (i % labelEvery == 0)
            {
                svg.Text(x + (barWidth / 2), bottom + 12, month.Month, "tick", "end", -45);
            }

            svg.Close();
        }

        return svg.Build();
    }
}

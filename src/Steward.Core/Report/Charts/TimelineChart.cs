using System.Globalization;

namespace Steward.Core.Report.Charts;

/// <summary>
/// A component's release history: one row per release line, newest line on top, each release a marker at its date
/// with its version written above it. GA releases are large filled circles, patches (hotfixes, maintenance releases)
/// small filled ones, prereleases hollow, and a retracted release a red cross labelled "retracted". Every marker is a
/// group with a title (version, kind, date) and <c>data-version</c>/<c>data-kind</c>, so the chart reads without
/// colour too.
/// </summary>
public static class TimelineChart
{
    public const double Width = 1100;
    public const double Left = 80;
    public const double RowHeight = 90;
    // Room above a row for its rotated version labels; the first row gets more, since nothing is above it.
    private const double LabelSpace = 60;
    private const double Top = 25;
    private const double AxisSpace = 30;

    public static string Render(string id, ReportComponent component, TimeAxis axis)
    {
        ArgumentNullException.ThrowIfNull(component);
        ArgumentNullException.ThrowIfNull(axis);
        var rows = component.Lines.Count;
        var height = Top + (rows * RowHeight) + AxisSpace + 10;
        var count = component.Lines.Sum(l => l.Releases.Count);
        var svg = new SvgBuilder(id, "chart timeline", Width, height, $"Release timeline of {component.Name}",
            string.Create(CultureInfo.InvariantCulture, $"{count} releases in {rows} release lines, one row per line, newest line first; each release marked at its date."));
        var bottom = Top + (rows * RowHeight);
        TimeAxisDrawing.Draw(svg, axis, 0, bottom);
        for (var row = 0; row < rows; row++)
        {
            var line = component.Lines[row];
            var y = Top + (row * RowHeight) + LabelSpace;
            svg.Group("timeline-line", $"Release line {line.Name}", ("line", line.Name));
            svg.Text(8, y + 4, line.Name, "line-name");
            svg.Line(axis.Left, y, axis.Right, y, "track");
            foreach (var release in line.Releases.Where(r => r.Date is not null))
            {
                Marker(svg, axis.X(release.Date!.Value), y, release);
            }

            svg.Close();
        }

        return svg.Build();
    }

    private static void Marker(SvgBuilder svg, double x, double y, ReportRelease release)
    {
        var kind = KindText(release);
        var title = $"{release.Version}: {kind}{(release.Retracted ? ", retracted" : string.Empty)}, {ChartDates.Iso(release.Date!.Value)}";
        svg.Group($"release kind-{release.Kind}{(release.Retracted ? " retracted" : string.Empty)}", title,
            ("version", release.Version), ("kind", release.Kind), ("retracted", release.Retracted ? "true" : "false"));
        if (release.Retracted)
        {
            svg.Cross(x, y, 6, "marker");
        }
        else
        {
            svg.Circle(x, y, release.Kind switch { "ga" => 7, "patch" => 5, _ => 5 }, "marker");
        }

        var label = release.Retracted ? $"{release.Version} retracted" : release.Version;
        svg.Text(x + 2, y - 12, label, "release-label", "start", -35);
        svg.Close();
    }

    /// <summary>The kind as a reader says it: GA, patch, prerelease.</summary>
    public static string KindText(ReportRelease release)
    {
        ArgumentNullException.ThrowIfNull(release);
        return release.Kind switch
        {
            "ga" => "GA",
            "patch" => "patch",
            _ => "prerelease",
        };
    }
}

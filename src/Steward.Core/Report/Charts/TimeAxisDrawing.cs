namespace Steward.Core.Report.Charts;

/// <summary>The labelled ticks of a <see cref="TimeAxis"/> along the bottom of a chart, with faint grid lines above them.</summary>
internal static class TimeAxisDrawing
{
    public static void Draw(SvgBuilder svg, TimeAxis axis, double top, double bottom)
    {
        svg.Line(axis.Left, bottom, axis.Right, bottom, "axis");
        foreach (var (date, label) in axis.Ticks())
        {
            var x = axis.X(date);
            svg.Line(x, top, x, bottom, "grid");
            svg.Text(x, bottom + 14, label, "tick", "middle");
        }
    }
}

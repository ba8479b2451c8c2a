using System.Globalization;
using System.Text;
using Steward.Core.Text;

namespace Steward.Core.Report.Charts;

/// <summary>
/// Writes one inline SVG element: every text and attribute value goes through <see cref="UntrustedText.Html"/>, every
/// number is written with invariant culture and at most one decimal, and the chart opens with a title and a
/// description that screen readers announce (<c>role="img"</c>, <c>aria-labelledby</c>).
/// </summary>
public sealed class SvgBuilder
{
    private readonly StringBuilder text = new();

    /// <param name="id">Unique on the page: the title's and description's ids are made from it.</param>
    public SvgBuilder(string id, string cssClass, double width, double height, string title, string description)
    {
        text.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"{Escape(cssClass)}\" width=\"{N(width)}\" height=\"{N(height)}\" ")
            .Append(CultureInfo.InvariantCulture, $"viewBox=\"0 0 {N(width)} {N(height)}\" role=\"img\" aria-labelledby=\"{Escape(id)}-title {Escape(id)}-desc\">\n")
            .Append(CultureInfo.InvariantCulture, $"<title id=\"{Escape(id)}-title\">{Escape(title)}</title>\n")
            .Append(CultureInfo.InvariantCulture, $"<desc id=\"{Escape(id)}-desc\">{Escape(description)}</desc>\n");
    }

    /// <summary>Opens a group (one release, one bar) with a tooltip title; close it with <see cref="Close"/>.</summary>
    public SvgBuilder Group(string cssClass, string title, params (string Name, string Value)[] data)
    {
        text.Append("<g class=\"").Append(Escape(cssClass)).Append('"');
        foreach (var (name, value) in data)
        {
            text.Append(" data-").Append(name).Append("=\"").Append(Escape(value)).Append('"');
        }

        text.Append("><title>").Append(Escape(title)).Append("</title>\n");
        return this;
    }

    public SvgBuilder Close()
    {
        text.Append("</g>\n");
        return this;
    }

    public SvgBuilder Line(double x1, double y1, double x2, double y2, string cssClass) =>
        Raw($"<line class=\"{Escape(cssClass)}\" x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\"/>");

    public SvgBuilder Rect(double x, double y, double width, double height, string cssClass) =>
        Raw($"<rect class=\"{Escape(cssClass)}\" x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(Math.Max(0, width))}\" height=\"{N(Math.Max(0, height))}\"/>");

    public SvgBuilder Circle(double cx, double cy, double r, string cssClass) =>
        Raw($"<circle class=\"{Escape(cssClass)}\" cx=\"{N(cx)}\" cy=\"{N(cy)}\" r=\"{N(r)}\"/>");

    /// <summary>A cross centred on (cx, cy): how a retracted release is marked.</summary>
    public SvgBuilder Cross(double cx, double cy, double r, string cssClass) =>
        Raw($"<path class=\"{Escape(cssClass)}\" d=\"M{N(cx - r)} {N(cy - r)}L{N(cx + r)} {N(cy + r)}M{N(cx - r)} {N(cy + r)}L{N(cx + r)} {N(cy - r)}\"/>");

    /// <param name="anchor"><c>start</c>, <c>middle</c> or <c>end</c>.</param>
    /// <param name="rotate">Degrees, about the text's anchor point (0: none).</param>
    public SvgBuilder Text(double x, double y, string content, string cssClass, string anchor = "start", double rotate = 0)
    {
        var transform = rotate == 0 ? string.Empty : $" transform=\"rotate({N(rotate)} {N(x)} {N(y)})\"";
        return Raw($"<text class=\"{Escape(cssClass)}\" x=\"{N(x)}\" y=\"{N(y)}\" text-anchor=\"{Escape(anchor)}\"{transform}>{Escape(content)}</text>");
    }

    public string Build() => text.ToString() + "</svg>\n";

    private SvgBuilder Raw(string element)
    {
        text.Append(element).Append('\n');
        return this;
    }

    private static string Escape(string value) => UntrustedText.Html(value);

    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}

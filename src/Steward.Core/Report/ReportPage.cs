using System.Globalization;
using System.Text;
using Steward.Core.Report.Charts;
using Steward.Core.Text;

namespace Steward.Core.Report;

/// <summary>
/// The report as one self-contained HTML page: the styles inline, the charts inline SVG, no script, and a
/// Content-Security-Policy that forbids every fetch (scripts, styles, fonts, images, frames, connections) but inline
/// styles, so the page makes no request even if some text in it were taken for markup. Every text from git goes
/// through <see cref="UntrustedText.Html"/>; the notes through <see cref="NotesHtml"/>.
/// </summary>
public static class ReportPage
{
    /// <summary>The page's policy: nothing from anywhere, inline styles only (inline SVG is part of the page, not a fetch).</summary>
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; font-src 'none'; "
        + "script-src 'none'; connect-src 'none'; frame-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

    public static string Render(ReleaseReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        var title = $"Release report: {report.Title}";
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(ContentSecurityPolicy).Append("\">\n")
            .Append("<meta name=\"referrer\" content=\"no-referrer\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"steward report\">\n")
            .Append("<title>").Append(E(title)).Append("</title>\n")
            .Append("<style>\n").Append(ReportStyle.Css).Append("</style>\n</head>\n<body>\n")
            .Append("<header>\n<h1>").Append(E(title)).Append("</h1>\n")
            .Append("<p>As of <time datetime=\"").Append(ChartDates.Iso(report.Today)).Append("\">").Append(ChartDates.Iso(report.Today))
            .Append("</time>. Made by <code>steward report</code> from the release tags, the support policy and the release notes.</p>\n");
        if (report.Components.Count > 1)
        {
            html.Append("<nav aria-label=\"Components\"><ul>\n");
            for (var i = 0; i < report.Components.Count; i++)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#component-{i}\">").Append(E(report.Components[i].Name)).Append("</a></li>\n");
            }

            html.Append("</ul></nav>\n");
        }

        html.Append("</header>\n<main>\n");
        for (var i = 0; i < report.Components.Count; i++)
        {
            Component(html, report, report.Components[i], i);
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Component(StringBuilder html, ReleaseReport report, ReportComponent component, int index)
    {
        var id = $"component-{index}";
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"component\" id=\"{id}\" data-component=\"").Append(E(component.Name)).Append("\">\n")
            .Append("<h2>").Append(E(component.Name)).Append("</h2>\n");
        var releases = component.Lines.SelectMany(l => l.Releases).ToList();
        if (releases.Count == 0)
        {
            html.Append("<p class=\"empty\">No releases yet: no tag ").Append(E(component.TagPrefix)).Append("X.Y.Z.</p>\n</section>\n");
            return;
        }

        var dates = releases.Where(r => r.Date is not null).Select(r => r.Date!.Value)
            .Concat(component.Lines.Where(l => l.Since is not null).Select(l => l.Since!.Value))
            .Concat(component.Lines.Where(l => l.Ends is not null).Select(l => l.Ends!.Value))
            .Append(report.Today);
        var axis = TimeAxis.Spanning(dates, TimelineChart.Left, TimelineChart.Width - TimelineChart.Left - 20);
        html.Append("<h3>Timeline</h3>\n<figure class=\"timeline\">\n").Append(TimelineChart.Render($"{id}-timeline", component, axis))
            .Append("<figcaption>Large dots: GA releases; small dots: patches and hotfixes; rings: prereleases; red crosses: retracted releases.</figcaption>\n</figure>\n")
            .Append("<h3>Support</h3>\n<figure class=\"support\">\n").Append(SupportChart.Render($"{id}-support", component, axis, report.Today));
        SupportTable(html, component);
        html.Append("</figure>\n<h3>Cadence</h3>\n<figure class=\"cadence\">\n").Append(CadenceChart.Render($"{id}-cadence", component))
            .Append("<figcaption>Releases per month: stable releases (dark) and prereleases (light).</figcaption>\n</figure>\n")
            .Append("<h3>Releases</h3>\n");
        foreach (var line in component.Lines)
        {
            html.Append("<section class=\"line\" data-line=\"").Append(E(line.Name)).Append("\">\n<h4>").Append(E(line.Name)).Append("</h4>\n");
            foreach (var release in line.Releases.AsEnumerable().Reverse())
            {
                Release(html, release);
            }

            html.Append("</section>\n");
        }

        html.Append("</section>\n");
    }

    private static void SupportTable(StringBuilder html, ReportComponent component)
    {
        html.Append("<table class=\"support-table\">\n<thead><tr><th scope=\"col\">Line</th><th scope=\"col\">Status</th><th scope=\"col\">Since</th><th scope=\"col\">Ends</th></tr></thead>\n<tbody>\n");
        foreach (var line in component.Lines)
        {
            html.Append("<tr class=\"status-").Append(E(line.Status)).Append("\"><th scope=\"row\">").Append(E(line.Name)).Append("</th><td>").Append(E(line.Status))
                .Append("</td><td>").Append(line.Since is { } s ? ChartDates.Iso(s) : "-")
                .Append("</td><td>").Append(line.Ends is { } e ? ChartDates.Iso(e) : "-").Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void Release(StringBuilder html, ReportRelease release)
    {
        html.Append("<article class=\"release kind-").Append(release.Kind).Append(release.Retracted ? " retracted" : string.Empty)
            .Append("\" data-version=\"").Append(E(release.Version)).Append("\">\n<h5><span class=\"version\">").Append(E(release.Version)).Append("</span> ")
            .Append("<span class=\"badge kind\">").Append(TimelineChart.KindText(release)).Append("</span>");
        if (release.Retracted)
        {
            html.Append(" <span class=\"badge retracted\">retracted</span>");
        }

        html.Append(' ').Append(release.Date is { } d ? $"<time datetime=\"{ChartDates.Iso(d)}\">{ChartDates.Iso(d)}</time>" : "<span class=\"date\">date unknown</span>");
        if (release.Tag is { } tag)
        {
            html.Append(" <code class=\"tag\">").Append(E(tag)).Append("</code>");
        }

        html.Append("</h5>\n<div class=\"notes\">\n")
            .Append(release.Notes.Trim().Length == 0 ? "<p class=\"empty\">No notes.</p>\n" : NotesHtml.Render(release.Notes, 3))
            .Append("</div>\n</article>\n");
    }

    private static string E(string text) => UntrustedText.Html(text);
}

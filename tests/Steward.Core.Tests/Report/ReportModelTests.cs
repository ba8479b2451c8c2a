using System.Xml.Linq;
using Steward.Core.Commits;
using Steward.Core.Configuration;
using Steward.Core.Flow;
using Steward.Core.Report;
using Steward.Core.Report.Charts;
using Steward.Core.Versioning;

namespace Steward.Core.Tests.Report;

public class ReportModelTests
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    [Fact]
    public void Releases_are_grouped_into_lines_newest_first_with_their_support()
    {
        var releases = Releases(("1.0.0", "2025-01-10"), ("1.0.1", "2025-02-01"), ("2.0.0-rc.1", "2026-03-01"), ("2.0.0", "2026-03-20"), ("3.0.0-beta.1", "2026-11-01"));
        var support = SupportPolicy.Evaluate(Tags(releases), new SupportPolicyConfig(), Today);

        var component = ReportComponentBuilder.Build("root", "v", releases, support);

        component.Lines.Select(l => l.Name).Should().Equal("3.x", "2.x", "1.x");
        component.Lines[0].Status.Should().Be("none", "a line with prereleases only is not released");
        component.Lines[0].Since.Should().BeNull();
        component.Lines[1].Status.Should().Be("full");
        component.Lines[1].Since.Should().Be(new DateOnly(2026, 3, 20));
        component.Lines[1].Releases.Select(r => r.Version).Should().Equal("2.0.0-rc.1", "2.0.0");
        component.Lines[2].Status.Should().Be("security");
        component.Lines[2].Ends.Should().Be(new DateOnly(2027, 3, 20));
        component.Lines[2].Releases.Select(r => r.Kind).Should().Equal("ga", "patch");
    }

    [Fact]
    public void Cadence_counts_every_month_of_the_span_and_leaves_retracted_releases_out()
    {
        var releases = Releases(("1.0.0", "2026-01-05"), ("1.1.0-rc.1", "2026-01-20"), ("1.1.0", "2026-04-02")).ToList();
        releases.Add(new ReportRelease(SemanticVersion.Parse("1.2.0"), null, new DateOnly(2026, 4, 9), Retracted: true, string.Empty));

        var cadence = ReportComponentBuilder.Cadence(releases);

        cadence.Select(m => (m.Month, m.Stable, m.Prerelease)).Should().Equal(
            ("2026-01", 1, 1), ("2026-02", 0, 0), ("2026-03", 0, 0), ("2026-04", 1, 0));
    }

    [Fact]
    public void The_axis_spans_whole_months_and_places_dates_in_proportion()
    {
        var axis = TimeAxis.Spanning([new DateOnly(2026, 1, 15), new DateOnly(2026, 3, 2)], 100, 900);

        axis.Start.Should().Be(new DateOnly(2026, 1, 1));
        axis.End.Should().Be(new DateOnly(2026, 4, 1));
        axis.X(axis.Start).Should().Be(100);
        axis.X(axis.End).Should().Be(1000);
        axis.X(new DateOnly(2026, 2, 15)).Should().BeApproximately(100 + (45 * 900.0 / 90), 0.001);
        axis.X(new DateOnly(2030, 1, 1)).Should().Be(1000, "a date past the end is clamped");
        axis.Ticks().Select(t => t.Label).Should().Equal("2026-01", "2026-02", "2026-03", "2026-04");
    }

    [Fact]
    public void A_long_axis_is_labelled_by_year()
    {
        var axis = TimeAxis.Spanning([new DateOnly(2019, 6, 1), new DateOnly(2026, 2, 1)], 0, 1000);

        axis.Ticks().Select(t => t.Label).Should().Equal("2020", "2021", "2022", "2023", "2024", "2025", "2026");
    }

    [Fact]
    public void The_timeline_marks_each_release_with_its_kind_and_retraction_and_escapes_text()
    {
        var releases = Releases(("1.0.0", "2026-01-05"), ("1.0.1", "2026-02-01"), ("1.1.0-rc.1", "2026-02-10")).ToList();
        releases.Add(new ReportRelease(SemanticVersion.Parse("1.1.0"), null, new DateOnly(2026, 2, 20), Retracted: true, string.Empty));
        var component = ReportComponentBuilder.Build("<b>api</b>", "v", releases, []);
        var axis = TimeAxis.Spanning(releases.Select(r => r.Date!.Value), TimelineChart.Left, 1000);

        var svg = Parse(TimelineChart.Render("c0-timeline", component, axis));

        var marks = svg.Descendants(Svg("g")).Where(g => g.Attribute("data-version") is not null).ToList();
        marks.Select(g => (string)g.Attribute("data-version")!).Should().Equal("1.0.0", "1.0.1", "1.1.0-rc.1", "1.1.0");
        marks.Select(g => (string)g.Attribute("data-kind")!).Should().Equal("ga", "patch", "prerelease", "ga");
        marks[3].Attribute("class")!.Value.Should().Contain("retracted");
        marks[3].Descendants(Svg("text")).Single().Value.Should().Be("1.1.0 retracted");
        marks[3].Element(Svg("title"))!.Value.Should().Be("1.1.0: GA, retracted, 2026-02-20");
        svg.Element(Svg("title"))!.Value.Should().Be("Release timeline of <b>api</b>", "the name is text, not markup");
        svg.Attribute("role")!.Value.Should().Be("img");
        var x = marks.Select(g => double.Parse(g.Elements().First(e => e.Name != Svg("title")).Attribute(g.Attribute("data-retracted")!.Value == "true" ? "d" : "cx")!.Value.TrimStart('M').Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        x.Should().BeInAscendingOrder("later releases are further right");
    }

    [Fact]
    public void Support_bars_run_from_the_first_release_to_the_end_and_today_is_marked()
    {
        var releases = Releases(("1.0.0", "2025-01-10"), ("2.0.0", "2026-03-20"));
        var component = ReportComponentBuilder.Build("root", "v", releases, SupportPolicy.Evaluate(Tags(releases), new SupportPolicyConfig(), Today));
        var axis = new TimeAxis(new DateOnly(2025, 1, 1), new DateOnly(2027, 5, 1), 80, 1000);

        var svg = Parse(SupportChart.Render("c0-support", component, axis, Today));

        var bars = svg.Descendants(Svg("g")).Where(g => ((string?)g.Attribute("class"))?.StartsWith("support-bar", StringComparison.Ordinal) == true).ToList();
        bars.Select(b => (string)b.Attribute("data-status")!).Should().Equal("full", "security");
        var security = bars[1].Element(Svg("rect"))!;
        double.Parse(security.Attribute("x")!.Value, System.Globalization.CultureInfo.InvariantCulture).Should().BeApproximately(axis.X(new DateOnly(2025, 1, 10)), 0.1);
        (double.Parse(security.Attribute("x")!.Value, System.Globalization.CultureInfo.InvariantCulture) + double.Parse(security.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture))
            .Should().BeApproximately(axis.X(new DateOnly(2027, 3, 20)), 0.2);
        bars[1].Descendants(Svg("text")).Select(t => t.Value).Should().Contain("1.x security, until 2027-03-20");
        var today = svg.Descendants(Svg("g")).Single(g => (string?)g.Attribute("class") == "today");
        today.Attribute("data-date")!.Value.Should().Be("2026-11-21");
        double.Parse(today.Element(Svg("line"))!.Attribute("x1")!.Value, System.Globalization.CultureInfo.InvariantCulture).Should().BeApproximately(axis.X(Today), 0.1);
    }

    [Fact]
    public void Cadence_bars_are_as_tall_as_their_counts()
    {
        var component = new ReportComponent("root", "v", [], [new CadenceMonth("2026-01", 2, 0), new CadenceMonth("2026-02", 0, 0), new CadenceMonth("2026-03", 1, 3)]);

        var svg = Parse(CadenceChart.Render("c0-cadence", component));

        var bars = svg.Descendants(Svg("g")).Where(g => (string?)g.Attribute("class") == "cadence-bar").ToList();
        bars.Select(b => (string)b.Attribute("data-count")!).Should().Equal("2", "0", "4");
        double Height(XElement bar, string kind) => bar.Elements(Svg("rect")).Where(r => r.Attribute("class")!.Value.Contains(kind, StringComparison.Ordinal))
            .Sum(r => double.Parse(r.Attribute("height")!.Value, System.Globalization.CultureInfo.InvariantCulture));
        Height(bars[0], "stable").Should().Be(2 * Height(bars[2], "stable"));
        Height(bars[2], "prerelease").Should().Be(3 * Height(bars[2], "stable"));
        Height(bars[1], "bar").Should().Be(0);
        bars[2].Descendants(Svg("text")).Select(t => t.Value).Should().Contain("4");
    }

    private static IReadOnlyList<ReportRelease> Releases(params (string Version, string Date)[] releases) =>
        [.. releases.Select(r => new ReportRelease(SemanticVersion.Parse(r.Version), "v" + r.Version, DateOnly.Parse(r.Date, System.Globalization.CultureInfo.InvariantCulture), false, string.Empty))];

    private static List<VersionTag> Tags(IEnumerable<ReportRelease> releases) =>
        [.. releases.Select(r => new VersionTag(r.Tag!, r.Parsed, "0000000", new DateTimeOffset(r.Date!.Value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), true))];

    private static XElement Parse(string svg) => XElement.Parse(svg);

    private static XName Svg(string name) => XName.Get(name, "http://www.w3.org/2000/svg");
}

using System.Text.RegularExpressions;
using Steward.Tests.Support;

namespace Steward.Tests.Report;

/// <summary>
/// The page <c>steward report</c> writes, opened in a real browser (headless Chromium): the DOM Chromium builds from it
/// holds every release, the retraction, the support and cadence bars and the hostile subject as text with no script,
/// the page asks for nothing over the network, and a screenshot of it is not blank.
/// </summary>
[Trait("Category", BrowserTools.Category)]
public sealed partial class ReportBrowserTests : IDisposable
{
    private static readonly string[] Versions = ["1.0.0", "1.0.1", "1.0.2", "2.0.0-rc.1", "2.0.0", "2.1.0"];

    private readonly TempGitRepository repo = ReportFixture.History();

    public void Dispose() => repo.Dispose();

    [BrowserFact]
    public void The_rendered_page_shows_the_history_support_cadence_and_notes()
    {
        var page = WriteReport();

        var dom = BrowserTools.Run(new Uri(page).AbsoluteUri, "--dump-dom");

        dom.Should().Contain("<h1>Release report: ");
        foreach (var version in Versions)
        {
            Regex.Matches(dom, $"<g class=\"release kind-[a-z]+( retracted)?\" data-version=\"{Regex.Escape(version)}\"").Should().HaveCount(1, $"{version} is on the timeline once");
            Regex.Matches(dom, $"<article class=\"release kind-[a-z]+( retracted)?\" data-version=\"{Regex.Escape(version)}\">").Should().HaveCount(1, $"{version} has its notes once");
        }

        dom.Should().Contain("<article class=\"release kind-ga retracted\" data-version=\"2.1.0\">");
        dom.Should().Contain("<g class=\"release kind-ga retracted\" data-version=\"2.1.0\" data-kind=\"ga\" data-retracted=\"true\">");
        dom.Should().Contain("<text class=\"release-label\"").And.Contain(">2.1.0 retracted</text>");
        dom.Should().Contain("<g class=\"release kind-patch\" data-version=\"1.0.2\"").And.Contain("<g class=\"release kind-prerelease\" data-version=\"2.0.0-rc.1\"");
        Regex.Matches(dom, "<g class=\"support-bar status-(full|security)\"").Should().HaveCount(2);
        dom.Should().Contain(">1.x security, until 2027-03-20</text>").And.Contain(">2.x full, no end date</text>").And.Contain(">today 2026-11-21</text>");
        Regex.Matches(dom, "<g class=\"cadence-bar\" data-month=\"2026-0[1-4]\"").Should().HaveCount(4);
        dom.Should().Contain("escape &lt;script&gt;alert(1)&lt;/script&gt; in names", "the hostile subject is text");
        dom.Should().NotContainEquivalentOf("<script", "no element came from a subject");
        dom.Should().Contain("a shiny feature that went wrong").And.Contain("2.1.0 was retracted.");
    }

    [BrowserFact]
    public void The_page_asks_for_nothing_over_the_network()
    {
        var page = WriteReport();
        var html = File.ReadAllText(page);

        var dom = BrowserTools.Run(new Uri(page).AbsoluteUri, "--dump-dom");

        dom.Should().Contain("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';");
        foreach (var text in new[] { html, dom })
        {
            Address().Matches(text).Select(m => m.Value).Should().BeEmpty("no src, href or url() leaves the page");
            text.Should().NotContain("<link").And.NotContain("<img").And.NotContain("<iframe").And.NotContain("@import");
        }
    }

    [BrowserFact]
    public void A_screenshot_of_the_page_is_not_blank()
    {
        var page = WriteReport();
        var screenshot = Path.Combine(repo.Root, "release-report", "screenshot.png");

        BrowserTools.Run(new Uri(page).AbsoluteUri, $"--screenshot={screenshot}", "--window-size=1200,2000", "--hide-scrollbars");

        var bytes = File.ReadAllBytes(screenshot);
        bytes.Length.Should().BeGreaterThan(20_000);
        var image = PngImage.Read(bytes);
        (image.Width, image.Height).Should().Be((1200, 2000));
        image.DistinctBytes.Should().BeGreaterThan(64, "a page with charts and text has many colours; a blank one a handful");
    }

    private string WriteReport()
    {
        var result = StewardRunner.Run(repo.Root, null, repo.Environment, "report");
        result.ExitCode.Should().Be(0, result.Error);
        return repo.FullPath("release-report/index.html");
    }

    [GeneratedRegex(@"(src|href)\s*=\s*[""']?\s*(https?:|//)|url\(", RegexOptions.IgnoreCase)]
    private static partial Regex Address();
}

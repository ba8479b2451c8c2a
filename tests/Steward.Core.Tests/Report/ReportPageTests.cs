using Steward.Core.Report;
using Steward.Core.Versioning;

namespace Steward.Core.Tests.Report;

public class ReportPageTests
{
    [Fact]
    public void Notes_are_html_with_raw_html_shown_as_text_and_links_made_text()
    {
        var html = NotesHtml.Render("### Bug Fixes\n\n- a bug &lt;script>alert(1)&lt;/script> ([abc1234](https://github.com/o/r/commit/abc1234))\n- <img src=x onerror=alert(1)> <https://evil.example/>\n\n<script>alert(2)</script>\n\n![pixel](https://evil.example/p.png)\n", 3);

        html.Should().Contain("<h6>Bug Fixes</h6>");
        html.Should().Contain("a bug &lt;script&gt;alert(1)&lt;/script&gt;");
        html.Should().Contain("&lt;script&gt;alert(2)&lt;/script&gt;");
        html.Should().Contain("&lt;img src=x onerror=alert(1)&gt;");
        html.Should().Contain("abc1234").And.Contain("https://evil.example/").And.Contain("pixel");
        html.Should().NotContain("<script").And.NotContain("<img").And.NotContain("href=").And.NotContain("src=\"");
    }

    [Theory]
    [InlineData("<https://evil.example>![t](https://evil.example/t.png)", "https://evil.examplet")]
    [InlineData("<https://evil.example> [t](https://evil.example/x)", "https://evil.example t")]
    [InlineData("![a [b](https://evil.example/b) d](https://evil.example/i.png) <https://evil.example>", "a b d https://evil.example")]
    public void Every_link_and_image_becomes_its_text_wherever_it_stands(string markdown, string text)
    {
        var html = NotesHtml.Render(markdown, 0);

        html.Should().NotContain("href").And.NotContain("src").And.NotContain("<a").And.NotContain("<img");
        html.Should().Contain(text);
    }

    [Fact]
    public void The_page_has_a_strict_policy_and_no_request_and_escapes_every_text()
    {
        var release = new ReportRelease(SemanticVersion.Parse("1.0.0"), "v1.0.0\"><script>", new DateOnly(2026, 1, 5), false, "- <script>alert(1)</script>\n");
        var report = new ReleaseReport("<repo>", new DateOnly(2026, 11, 21),
            [ReportComponentBuilder.Build("<i>web</i>", "v", [release], [])]);

        var page = ReportPage.Render(report);

        page.Should().StartWith("<!DOCTYPE html>");
        page.Should().Contain("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';");
        page.IndexOf("Content-Security-Policy", StringComparison.Ordinal).Should().BeLessThan(page.IndexOf("<style>", StringComparison.Ordinal), "the policy comes before anything it governs");
        page.Should().NotContain("<script").And.NotContain("<i>").And.NotContain("<link").And.NotContain("<img").And.NotContain("url(");
        page.Should().NotMatchRegex("(src|href)=\"?(https?:)?//");
        page.Should().Contain("Release report: &lt;repo&gt;").And.Contain("&lt;i&gt;web&lt;/i&gt;").And.Contain("v1.0.0&quot;&gt;&lt;script&gt;");
    }

    [Fact]
    public void A_retracted_release_is_marked_and_one_without_a_date_says_so()
    {
        var retracted = new ReportRelease(SemanticVersion.Parse("1.3.0"), null, null, true, "> 1.3.0 was retracted.\n");
        var report = new ReleaseReport("repo", new DateOnly(2026, 11, 21), [ReportComponentBuilder.Build("root", "v", [retracted], [])]);

        var page = ReportPage.Render(report);

        page.Should().Contain("<article class=\"release kind-ga retracted\" data-version=\"1.3.0\">");
        page.Should().Contain("<span class=\"badge retracted\">retracted</span> <span class=\"date\">date unknown</span>");
        page.Should().Contain("<blockquote>\n<p>1.3.0 was retracted.</p>\n</blockquote>");
    }

    [Fact]
    public void A_component_without_releases_says_so()
    {
        var page = ReportPage.Render(new ReleaseReport("repo", new DateOnly(2026, 11, 21), [new ReportComponent("root", "v", [], [])]));

        page.Should().Contain("<p class=\"empty\">No releases yet: no tag vX.Y.Z.</p>").And.NotContain("<svg");
    }

    [Fact]
    public void The_heading_date_of_a_retracted_release_is_read_from_its_changelog_entry()
    {
        var document = Steward.Core.Changelog.Splicing.ChangelogDocument.Parse("# Changelog\n\n## [1.3.0] - 2026-03-02\n\n> 1.3.0 was retracted.\n\n## 1.2.0\n");

        ChangelogHeadingDate.Of(document, SemanticVersion.Parse("1.3.0")).Should().Be(new DateOnly(2026, 3, 2));
        ChangelogHeadingDate.Of(document, SemanticVersion.Parse("1.2.0")).Should().BeNull();
        ChangelogHeadingDate.Of(document, SemanticVersion.Parse("9.9.9")).Should().BeNull();
    }
}

using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Steward.Core.Report;
using Steward.Core.Versioning;

namespace Steward.Core.Tests.Report;

/// <summary>
/// Whatever the notes, a component's name or a tag hold (HTML, Markdown links and images, control characters), the
/// report page holds only the elements Steward writes itself, and no address it could fetch or follow.
/// </summary>
public partial class HostileReportPropertyTests
{
    private static readonly string[] Pieces =
    [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<a href=\"https://evil.example\">x</a>", "<style>", "<svg onload=x>",
        "</textarea>", "<!--", "-->", "\"", "'", "&", "&lt;", "[x](https://evil.example)", "![t](https://evil.example/t.png)",
        "<https://evil.example>", "[x]: https://evil.example", "\n", "\r\n", "\u202E", "\u0007", "# ", "- ", "> ", "```", "`", "a", " ",
    ];

    private static readonly HashSet<string> Allowed =
    [
        "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "h4", "h5", "h6", "p", "time", "code", "nav", "ul", "ol", "li", "a",
        "main", "section", "figure", "figcaption", "svg", "desc", "g", "line", "rect", "circle", "path", "text", "table", "thead", "tbody", "tr", "th",
        "td", "article", "span", "div", "blockquote", "pre", "em", "strong", "hr", "br", "del",
    ];

    [Fact]
    public void Any_hostile_text_leaves_only_stewards_own_elements_and_no_address()
    {
        var text = Gen.Elements(Pieces).ArrayOf().Select(parts => string.Concat(parts));
        Prop.ForAll(text.Zip(text).ToArbitrary(), pair =>
        {
            var release = new ReportRelease(SemanticVersion.Parse("1.0.0"), pair.Item2, new DateOnly(2026, 1, 5), false, pair.Item1);
            var page = ReportPage.Render(new ReleaseReport(pair.Item2, new DateOnly(2026, 11, 21), [ReportComponentBuilder.Build(pair.Item2, pair.Item2, [release], [])]));

            var tags = Tag().Matches(page).Select(m => m.Groups["name"].Value.ToLowerInvariant()).Distinct().ToList();
            tags.Should().BeSubsetOf(Allowed);
            // Attribute names only (the values are quoted, their quotes escaped): no src, no event handler.
            Element().Matches(page).Select(m => Quoted().Replace(m.Value, "\"\"")).Where(e => e.Contains("src=", StringComparison.Ordinal) || Handler().IsMatch(e)).Should().BeEmpty();
            Href().Matches(page).Select(m => m.Value).Where(h => !h.StartsWith("href=\"#component-", StringComparison.Ordinal)).Should().BeEmpty();
        }).QuickCheckThrowOnFailure();
    }

    [GeneratedRegex("<(?<name>[A-Za-z][A-Za-z0-9]*)")]
    private static partial Regex Tag();

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex Quoted();

    [GeneratedRegex("<[A-Za-z][^>]*>")]
    private static partial Regex Element();

    [GeneratedRegex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex Handler();

    [GeneratedRegex("href=\"[^\"]*\"")]
    private static partial Regex Href();
}

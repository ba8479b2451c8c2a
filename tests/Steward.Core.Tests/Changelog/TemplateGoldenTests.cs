using Steward.Core.Changelog;
using Steward.Core.Changelog.Rendering;
using Steward.Tests.Support;

namespace Steward.Core.Tests.Changelog;

public class TemplateGoldenTests
{
    [Theory]
    [InlineData("keepachangelog")]
    [InlineData("github")]
    [InlineData("full")]
    public void Built_in_template_with_GitHub_links(string name) =>
        Golden.Assert($"Changelog/{name}-github-links.md", Render(name, Scenario.Build(Scenario.GitHub)));

    [Theory]
    [InlineData("keepachangelog")]
    [InlineData("github")]
    [InlineData("full")]
    public void Built_in_template_without_links(string name) =>
        Golden.Assert($"Changelog/{name}-no-links.md", Render(name, Scenario.Build(null)));

    [Theory]
    [InlineData("keepachangelog")]
    [InlineData("github")]
    [InlineData("full")]
    public void Built_in_template_for_an_empty_first_release(string name)
    {
        var release = ReleaseBuilder.Build(new ReleaseInfo("0.1.0", "v0.1.0", new DateOnly(2026, 1, 2), null, null), [], ChangelogOptions.Default, null);

        Golden.Assert($"Changelog/{name}-empty.md", Render(name, release));
    }

    [Fact]
    public void Rendered_changelog_parses_back_to_the_same_release_headings()
    {
        var text = Render("keepachangelog", Scenario.Build(Scenario.GitHub));
        var document = Core.Changelog.Splicing.ChangelogDocument.Parse(text);

        document.Releases.Should().ContainSingle().Which.Version.Should().Be("1.4.0");
        text.Should().NotContain("<b>").And.NotContain("\n# ").And.NotContain("\n- # ");
    }

    private static string Render(string name, Release release) =>
        CompiledTemplate.Compile(BuiltInTemplates.Find(name)!).Render(release);
}

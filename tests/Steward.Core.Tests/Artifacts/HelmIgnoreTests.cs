using Steward.Core.Artifacts.Charts;

namespace Steward.Core.Tests.Artifacts;

public sealed class HelmIgnoreTests
{
    private static readonly HelmIgnore Rules = new("""
        # Patterns to ignore when building packages.
        .git/
        *.tmp
        /ci
        docs/*.md
        !docs/keep.md
        *.md
        """);

    [Theory]
    [InlineData("values.yaml", false)]
    [InlineData("scratch.tmp", true)]
    [InlineData("templates/deep/x.tmp", true)]
    [InlineData(".git/config", true)]
    [InlineData("sub/.git/config", true)]
    [InlineData(".git", false)]                 // '.git/' matches directories only
    [InlineData("ci/values.yaml", true)]
    [InlineData("templates/ci/x.yaml", false)]  // '/ci' is rooted at the chart
    [InlineData("docs/guide.md", true)]
    [InlineData("docs/keep.md", true)]          // first match wins: docs/*.md comes before the negation
    [InlineData("README.md", true)]
    [InlineData("templates/.hidden.yaml", true)] // Helm's built-in rule
    [InlineData("templates/deployment.yaml", false)]
    public void Paths_are_ignored_as_helm_package_ignores_them(string path, bool ignored)
    {
        Rules.IsIgnored(path).Should().Be(ignored);
    }

    [Fact]
    public void A_negation_before_a_broader_rule_keeps_the_file()
    {
        var rules = new HelmIgnore("!keep.txt\n*.txt\n");

        rules.IsIgnored("keep.txt").Should().BeFalse();
        rules.IsIgnored("other.txt").Should().BeTrue();
    }

    [Fact]
    public void Without_a_helmignore_only_hidden_templates_are_left_out()
    {
        var rules = new HelmIgnore(null);

        rules.IsIgnored("templates/.swp").Should().BeTrue();
        rules.IsIgnored("a/b/c.yaml").Should().BeFalse();
    }
}

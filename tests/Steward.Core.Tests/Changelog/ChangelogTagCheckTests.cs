using Steward.Core.Changelog;
using Steward.Core.Versioning;

namespace Steward.Core.Tests.Changelog;

public sealed class ChangelogTagCheckTests
{
    private const string Text = "# Changelog\n\n## Unreleased\n\n## 1.4.0 - 2026-11-21\n\n- a\n\n## [1.3.0](x) - 2026-10-01\n\n- b\n\n## 1.2.0 - 2026-09-01\n";

    [Fact]
    public void A_changelog_whose_headings_are_all_tagged_and_has_the_latest_agrees()
    {
        ChangelogTagCheck.Check(Text, [V("1.2.0"), V("1.3.0"), V("1.4.0"), V("1.5.0-rc.1")], V("1.4.0"), "api-v").Should().BeEmpty();
    }

    [Fact]
    public void A_heading_without_a_tag_is_a_problem_unless_it_is_the_version_in_VERSION()
    {
        var problems = ChangelogTagCheck.Check(Text, [V("1.2.0"), V("1.3.0")], V("1.3.0"), "api-v");

        problems.Should().Equal(new ChangelogTagProblem(5, "1.4.0 has no release tag api-v1.4.0"));
        ChangelogTagCheck.Check(Text, [V("1.2.0"), V("1.3.0")], V("1.4.0"), "api-v").Should().BeEmpty("1.4.0 is written ahead of its tag");
    }

    [Fact]
    public void A_latest_release_without_an_entry_is_a_problem()
    {
        ChangelogTagCheck.Check(Text, [V("1.2.0"), V("1.3.0"), V("1.4.0"), V("1.4.1")], V("1.4.1"), "web@")
            .Should().Equal(new ChangelogTagProblem(null, "no entry for the latest release web@1.4.1"));
    }

    private static SemanticVersion V(string text) => SemanticVersion.Parse(text);
}

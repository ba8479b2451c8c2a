using Steward.Core.Commits;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Core.Flow;
using Steward.Core.Versioning;

namespace Steward.Core.Tests.Flow;

public class ReleaseLineSelectionTests
{
    private static readonly VersionTag[] Tags =
    [
        Tag("1.0.0", "2024-01-01"), Tag("1.4.2", "2024-06-01"), Tag("2.0.0", "2025-01-01"), Tag("2.1.0", "2025-03-01"),
        Tag("3.0.0", "2025-06-01"), Tag("3.1.0-rc.1", "2025-07-01"),
    ];

    private static readonly DateOnly Today = new(2025, 7, 1);

    [Fact]
    public void Supported_is_what_the_support_policy_covers_today_with_each_lines_last_stable_release()
    {
        var lines = ReleaseLineSelection.Select("supported", Tags, byMinor: false, new SupportPolicyConfig(), Today);

        lines.Select(l => (l.Name, l.LastRelease.Name)).Should().Equal(("3.x", "v3.0.0"), ("2.x", "v2.1.0"));
    }

    [Fact]
    public void All_is_every_line_with_a_stable_release_and_a_list_picks_lines_by_name()
    {
        ReleaseLineSelection.Select("all", Tags, false, new SupportPolicyConfig(), Today).Select(l => l.Name).Should().Equal("3.x", "2.x", "1.x");
        ReleaseLineSelection.Select(" 1.x, 3.x ", Tags, false, new SupportPolicyConfig(), Today).Select(l => l.Name).Should().Equal("3.x", "1.x");
        ReleaseLineSelection.Select("2.0.x,1.4.x", Tags, true, new SupportPolicyConfig(), Today).Select(l => (l.Name, l.LastRelease.Name))
            .Should().Equal(("2.0.x", "v2.0.0"), ("1.4.x", "v1.4.2"));
    }

    [Theory]
    [InlineData("1.4", false, "--lines: '1.4' is not a release line; write lines as MAJOR.x (1.x), comma-separated, or supported, or all")]
    [InlineData("01.x", false, "--lines: '01.x' is not a release line; write lines as MAJOR.x (1.x), comma-separated, or supported, or all")]
    [InlineData("1.x", true, "--lines: '1.x' is not a release line; write lines as MAJOR.MINOR.x (1.4.x), comma-separated, or supported, or all")]
    [InlineData("7.x", false, "--lines 7.x: no release line matches; lines with releases here: 3.x, 2.x, 1.x")]
    public void A_malformed_or_unmatched_list_is_refused_as_bad_input(string text, bool byMinor, string message)
    {
        var act = () => ReleaseLineSelection.Select(text, Tags, byMinor, new SupportPolicyConfig(), Today);

        act.Should().Throw<StewardException>().Which.Should().Match<StewardException>(e => e.Kind == FailureKind.InvalidInput && e.Message == message);
    }

    [Fact]
    public void A_line_names_its_branch_from_a_pattern_of_its_own_form()
    {
        var line = new ReleaseLine(2, null, Tags[2]);
        line.BranchName("release/{major}.x").Should().Be("release/2.x");
        line.BranchName("support/{major}.{minor}.x").Should().BeNull("a major line has no minor");
        line.BranchName("release/*").Should().BeNull();
        new ReleaseLine(1, 4, Tags[1]).BranchName("support/{major}.{minor}.x").Should().Be("support/1.4.x");
    }

    private static VersionTag Tag(string version, string date) =>
        new("v" + version, SemanticVersion.Parse(version), "0000000000000000000000000000000000000000",
            DateTimeOffset.Parse(date + "T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture), true);
}

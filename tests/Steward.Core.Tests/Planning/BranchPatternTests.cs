using Steward.Core.Flow;
using Steward.Core.Planning;

namespace Steward.Core.Tests.Planning;

public class BranchPatternTests
{
    [Theory]
    [InlineData("main", "main", true)]
    [InlineData("main", "mainline", false)]
    [InlineData("release/*", "release/1.2", true)]
    [InlineData("release/*", "release/1/2", false)]
    [InlineData("release/**", "release/1/2", true)]
    [InlineData("release/*", "hotfix/1.2", false)]
    [InlineData("release/*", "release", false)]
    [InlineData("*/stable", "v1/stable", true)]
    [InlineData("re.ease/*", "release/1", false)]
    public void Star_stays_in_a_segment_and_double_star_crosses_them(string pattern, string branch, bool matches) =>
        BranchPattern.Matches(pattern, branch).Should().Be(matches);

    [Theory]
    [InlineData("release/1.x", "1", null)]
    [InlineData("support/2.4.x", "2", "4")]
    [InlineData("main", null, null)]
    [InlineData("release/x", null, null)]
    [InlineData("releases/1.x", null, null)]
    public void A_maintenance_line_is_read_from_the_branch_or_the_branch_is_none(string branch, string? major, string? minor)
    {
        var line = MaintenanceLine.Match(branch, ["release/{major}.x", "support/{major}.{minor}.x"]);

        if (major is null)
        {
            line.Should().BeNull();
            return;
        }

        line!.Major.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(major);
        line.Minor?.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(minor);
    }
}

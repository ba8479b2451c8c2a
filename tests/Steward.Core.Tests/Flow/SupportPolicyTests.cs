using Steward.Core.Commits;
using Steward.Core.Configuration;
using Steward.Core.Flow;
using Steward.Core.Versioning;

namespace Steward.Core.Tests.Flow;

public class SupportPolicyTests
{
    [Theory]
    [InlineData("2026-03-31", SupportStatus.Security)]
    [InlineData("2026-04-01", SupportStatus.EndOfLife)]
    public void The_previous_major_has_security_fixes_until_its_end_date(string today, SupportStatus expected)
    {
        var tags = new[] { Tag("1.0.0", "2024-01-01"), Tag("1.2.0", "2024-06-01"), Tag("2.0.0", "2025-04-01"), Tag("2.1.0-rc.1", "2026-01-01") };

        var lines = SupportPolicy.Evaluate(tags, new SupportPolicyConfig(), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        lines.Select(l => l.Name).Should().Equal("2.x", "1.x");
        lines[0].Status.Should().Be(SupportStatus.Full);
        lines[0].LatestRelease.Version.ToString().Should().Be("2.0.0", "prereleases are not releases");
        lines[1].Status.Should().Be(expected);
        lines[1].Ends.Should().Be(new DateOnly(2026, 4, 1));
    }

    [Fact]
    public void A_line_pushed_out_by_two_newer_majors_ends_when_the_second_ships()
    {
        var tags = new[] { Tag("1.0.0", "2024-01-01"), Tag("2.0.0", "2025-01-01"), Tag("3.0.0", "2025-06-01") };

        var lines = SupportPolicy.Evaluate(tags, new SupportPolicyConfig(), new DateOnly(2025, 7, 1));

        lines.Select(l => (l.Name, l.Status)).Should().Equal(("3.x", SupportStatus.Full), ("2.x", SupportStatus.Security), ("1.x", SupportStatus.EndOfLife));
        lines[2].Ends.Should().Be(new DateOnly(2025, 6, 1));
        lines[1].Ends.Should().Be(new DateOnly(2026, 6, 1));
    }

    private static VersionTag Tag(string version, string date) =>
        new("v" + version, SemanticVersion.Parse(version), "0000000000000000000000000000000000000000",
            DateTimeOffset.Parse(date + "T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture), true);
}

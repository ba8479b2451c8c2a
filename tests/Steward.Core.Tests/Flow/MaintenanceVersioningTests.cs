using Steward.Core.Commits;
using Steward.Core.Errors;
using Steward.Core.Flow;
using Steward.Core.Versioning;

namespace Steward.Core.Tests.Flow;

public class MaintenanceVersioningTests
{
    private static readonly string[] Patterns = ["release/{major}.x", "support/{major}.{minor}.x"];

    [Theory]
    [InlineData("release/1.x", "1", null)]
    [InlineData("support/2.4.x", "2", "4")]
    [InlineData("release/v1.2.0", null, null)]
    [InlineData("release/01.x", null, null)]
    [InlineData("main", null, null)]
    public void Branches_match_lines_by_pattern(string branch, string? major, string? minor)
    {
        var line = MaintenanceLine.Match(branch, Patterns);

        line?.Major.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(major);
        if (major is null)
        {
            line.Should().BeNull();
        }
        else
        {
            line!.Minor?.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(minor);
        }
    }

    [Theory]
    [InlineData("release/1.x", BumpLevel.Patch, false, "1.4.3")]
    [InlineData("release/1.x", BumpLevel.Minor, false, "1.5.0")]
    [InlineData("release/1.x", BumpLevel.Minor, true, "1.4.3")]
    [InlineData("support/1.4.x", BumpLevel.Minor, false, "1.4.3")]
    public void The_next_version_stays_in_the_line(string branch, BumpLevel level, bool patchOnly, string expected)
    {
        var reachable = Tags("1.3.0", "1.4.2");
        var all = Tags("1.3.0", "1.4.2", "2.0.0", "2.1.0");

        var next = MaintenanceVersioning.Next(MaintenanceLine.Match(branch, Patterns)!, level, patchOnly, reachable, all, "v");

        next.ToString().Should().Be(expected);
    }

    [Fact]
    public void Breaking_changes_and_taken_versions_are_refused()
    {
        var line = MaintenanceLine.Match("release/1.x", Patterns)!;
        var reachable = Tags("1.4.2");

        var breaking = () => MaintenanceVersioning.Next(line, BumpLevel.Major, false, reachable, reachable, "v");
        var taken = () => MaintenanceVersioning.Next(line, BumpLevel.Minor, false, reachable, Tags("1.4.2", "1.5.0"), "v");
        var outside = () => MaintenanceVersioning.Next(line, BumpLevel.Patch, false, reachable, reachable, "v", SemanticVersion.Parse("2.0.1"));

        breaking.Should().Throw<StewardException>().Which.Kind.Should().Be(FailureKind.InvalidInput);
        taken.Should().Throw<StewardException>().WithMessage("*1.5.0 is already released (v1.5.0*");
        outside.Should().Throw<StewardException>().WithMessage("--as 2.0.1: outside line 1.x*");
    }

    private static List<VersionTag> Tags(params string[] versions) =>
        [.. versions.Select(v => new VersionTag("v" + v, SemanticVersion.Parse(v), "0000000000000000000000000000000000000000", DateTimeOffset.UnixEpoch, true))];
}

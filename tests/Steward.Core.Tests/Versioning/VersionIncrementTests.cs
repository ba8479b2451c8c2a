using Steward.Core.Errors;
using Steward.Core.Versioning;

namespace Steward.Core.Tests.Versioning;

public class VersionIncrementTests
{
    [Theory]
    [InlineData("1.2.3", BumpLevel.Major, null, "2.0.0")]
    [InlineData("1.2.3", BumpLevel.Minor, null, "1.3.0")]
    [InlineData("1.2.3", BumpLevel.Patch, null, "1.2.4")]
    [InlineData("1.2.3+build", BumpLevel.Patch, null, "1.2.4")]
    [InlineData("1.2.3", BumpLevel.Minor, "rc", "1.3.0-rc.1")]
    [InlineData("1.3.0-rc.1", BumpLevel.Minor, "rc", "1.3.0-rc.2")]
    [InlineData("1.3.0-beta.2", BumpLevel.Minor, "rc", "1.3.0-rc.1")]
    [InlineData("1.3.0-rc.1", BumpLevel.Minor, null, "1.3.0")]
    [InlineData("1.3.0-rc.1", BumpLevel.Patch, null, "1.3.0")]
    [InlineData("1.3.0-rc.1", BumpLevel.Major, null, "2.0.0")]
    [InlineData("1.3.0-rc.1", BumpLevel.Major, "rc", "2.0.0-rc.1")]
    [InlineData("1.2.4-rc.1", BumpLevel.Minor, "rc", "1.3.0-rc.1")]
    [InlineData("2.0.0-alpha.3", BumpLevel.Minor, "beta", "2.0.0-beta.1")]
    [InlineData("0.1.0", BumpLevel.Major, null, "1.0.0")]
    public void Bumps(string current, BumpLevel level, string? channel, string expected)
    {
        VersionIncrement.Bump(SemanticVersion.Parse(current), level, channel).ToString().Should().Be(expected);
    }

    [Theory]
    [InlineData("1.3.0-rc.1", null, "1.3.0-rc.2")]
    [InlineData("1.3.0-beta.2", "rc", "1.3.0-rc.1")]
    [InlineData("1.3.0-alpha.1", "beta", "1.3.0-beta.1")]
    [InlineData("1.3.0-rc", null, "1.3.0-rc.1")]
    [InlineData("1.3.0-rc.9", "rc", "1.3.0-rc.10")]
    [InlineData("1.2.3", "rc", "1.2.4-rc.1")]
    public void Prerelease_steps(string current, string? channel, string expected)
    {
        VersionIncrement.NextPrerelease(SemanticVersion.Parse(current), channel).ToString().Should().Be(expected);
    }

    [Theory]
    [InlineData("1.3.0-rc.1", "beta")]
    [InlineData("1.3.0-beta.1", "alpha")]
    public void A_channel_never_goes_backwards(string current, string channel)
    {
        var act = () => VersionIncrement.NextPrerelease(SemanticVersion.Parse(current), channel);
        act.Should().Throw<StewardException>().Which.Message.Should().Contain("backwards");
    }

    [Fact]
    public void A_release_needs_a_channel_for_a_prerelease_step()
    {
        var act = () => VersionIncrement.NextPrerelease(SemanticVersion.Parse("1.2.3"));
        act.Should().Throw<StewardException>().Which.Kind.Should().Be(FailureKind.InvalidInput);
    }

    [Fact]
    public void Release_drops_the_prerelease()
    {
        VersionIncrement.Release(SemanticVersion.Parse("1.3.0-rc.2")).ToString().Should().Be("1.3.0");
        var act = () => VersionIncrement.Release(SemanticVersion.Parse("1.3.0"));
        act.Should().Throw<StewardException>();
    }

    [Theory]
    [InlineData("")]
    [InlineData("123")]
    [InlineData("r c")]
    [InlineData("rc.1")]
    public void Malformed_channels_are_rejected(string channel)
    {
        var act = () => VersionIncrement.Bump(SemanticVersion.Parse("1.0.0"), BumpLevel.Minor, channel);
        act.Should().Throw<StewardException>().Which.Kind.Should().Be(FailureKind.InvalidInput);
    }
}

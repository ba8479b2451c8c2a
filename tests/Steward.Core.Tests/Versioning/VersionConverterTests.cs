using Steward.Core.Errors;
using Steward.Core.Versioning;

namespace Steward.Core.Tests.Versioning;

public class VersionConverterTests
{
    [Theory]
    [InlineData("1.2.0-alpha.1", "1.2.0a1")]
    [InlineData("1.2.0-beta.2", "1.2.0b2")]
    [InlineData("1.2.0-rc.3", "1.2.0rc3")]
    [InlineData("1.2.0-alpha", "1.2.0a0")]
    [InlineData("1.2.0-dev.4", "1.2.0.dev4")]
    [InlineData("1.2.0-rc.1.dev.2", "1.2.0rc1.dev2")]
    [InlineData("1.2.0+build.5", "1.2.0+build.5")]
    [InlineData("0.2.0-alpha.1", "0.2.0a1")]
    [InlineData("1.2.3", "1.2.3")]
    public void SemVer_to_pep440(string semver, string pep440)
    {
        VersionConverter.ToPep440(SemanticVersion.Parse(semver)).ToString().Should().Be(pep440);
    }

    [Theory]
    [InlineData("1.2.0a1", "1.2.0-alpha.1")]
    [InlineData("1.2.0b2", "1.2.0-beta.2")]
    [InlineData("1.2.0rc3", "1.2.0-rc.3")]
    [InlineData("1.2.0.dev4", "1.2.0-dev.4")]
    [InlineData("1.2", "1.2.0")]
    [InlineData("1.2.0.0", "1.2.0")]
    [InlineData("1.2.0+local.7", "1.2.0+local.7")]
    public void Pep440_to_semver(string pep440, string semver)
    {
        VersionConverter.ToSemVer(Pep440Version.Parse(pep440)).ToString().Should().Be(semver);
    }

    [Theory]
    [InlineData("1.0.0-foo.bar", "prerelease identifier 'foo'")]
    [InlineData("1.0.0-rc.1.x", "prerelease identifier 'x'")]
    [InlineData("1.0.0+exp-1", "build identifier 'exp-1'")]
    [InlineData("1.0.0+001", "leading zero")]
    [InlineData("1.0.0+ABC", "upper-case")]
    public void SemVer_parts_without_a_pep440_image_are_errors(string semver, string part)
    {
        var act = () => VersionConverter.ToPep440(SemanticVersion.Parse(semver));
        act.Should().Throw<StewardException>().Which.Message.Should().Contain(part).And.Contain("PEP 440");
    }

    [Theory]
    [InlineData("1!1.0", "epoch")]
    [InlineData("1.0.post1", "post-release")]
    [InlineData("1.2.3.4", "release segment 4")]
    public void Pep440_parts_without_a_semver_image_are_errors(string pep440, string part)
    {
        var act = () => VersionConverter.ToSemVer(Pep440Version.Parse(pep440));
        act.Should().Throw<StewardException>().Which.Message.Should().Contain(part).And.Contain("SemVer");
    }

    [Theory]
    [InlineData("1.2.3+build.5", "1.2.3_build.5")]
    [InlineData("1.2.3-rc.1", "1.2.3-rc.1")]
    public void Docker_tags_never_contain_a_plus(string semver, string tag)
    {
        VersionConverter.ToDockerTag(SemanticVersion.Parse(semver)).Should().Be(tag);
    }

    [Fact]
    public void Git_tags_take_the_configured_prefix()
    {
        VersionConverter.ToGitTag(SemanticVersion.Parse("1.2.3"), "api-v").Should().Be("api-v1.2.3");
        VersionConverter.ToGitTag(SemanticVersion.Parse("1.2.3")).Should().Be("v1.2.3");
    }
}

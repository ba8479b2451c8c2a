using FsCheck;
using FsCheck.Fluent;
using Steward.Core.Artifacts.Images;
using Steward.Core.Versioning;

namespace Steward.Core.Tests.Artifacts;

public sealed class ImageTagRulesTests
{
    private static readonly SemanticVersion[] Released = [.. new[] { "1.0.0", "1.1.0", "1.1.1", "2.0.0", "2.1.0", "3.0.0-rc.1" }.Select(v => SemanticVersion.Parse(v))];

    [Theory]
    [InlineData("2.2.0", "2.2.0 2.2 2 latest")]       // the newest release takes every tag
    [InlineData("2.1.1", "2.1.1 2.1 2 latest")]       // a patch to the newest line too
    [InlineData("1.1.2", "1.1.2 1.1 1")]              // a patch to an old major: its lines, never latest
    [InlineData("1.0.1", "1.0.1 1.0")]                // a patch to an old minor of an old major
    [InlineData("2.0.1", "2.0.1 2.0")]                // an old minor of the newest major
    [InlineData("3.0.0-rc.2", "3.0.0-rc.2")]          // a prerelease: only its own tag
    [InlineData("2.2.0+build.7", "2.2.0_build.7 2.2 2 latest")] // build metadata in Docker's spelling
    [InlineData("2.1.0", "2.1.0 2.1 2 latest")]       // re-planning the current release
    [InlineData("1.1.0", "1.1.0")]                    // re-planning a release that a patch superseded
    public void Tags_follow_the_highest_release_rules(string version, string expected)
    {
        ImageTagRules.For(SemanticVersion.Parse(version), Released).Should().Equal(expected.Split(' '));
    }

    [Fact]
    public void The_first_release_takes_every_tag()
    {
        ImageTagRules.For(SemanticVersion.Parse("0.1.0"), []).Should().Equal("0.1.0", "0.1", "0", "latest");
    }

    [Fact]
    public void Latest_goes_to_exactly_one_of_the_released_stable_versions()
    {
        var property = Prop.ForAll(
            Gen.Choose(0, 3).SelectMany(a => Gen.Choose(0, 3).SelectMany(b => Gen.Choose(0, 3).Select(c => SemanticVersion.Parse($"{a}.{b}.{c}")))).ArrayOf().ToArbitrary(),
            versions =>
            {
                var distinct = versions.Distinct().ToList();
                var withLatest = distinct.Count(v => ImageTagRules.For(v, distinct).Contains("latest"));
                return distinct.Count == 0 || withLatest == 1;
            });
        Check.QuickThrowOnFailure(property);
    }

    [Fact]
    public void Every_tag_is_in_Docker_form()
    {
        foreach (var version in new[] { "1.2.3-alpha.1+sha.5114f85", "10.20.30", "0.0.1-x-y-z.--" })
        {
            ImageTagRules.For(SemanticVersion.Parse(version), []).Should().OnlyContain(t => ImageNames.IsValidTag(t), version);
        }
    }
}

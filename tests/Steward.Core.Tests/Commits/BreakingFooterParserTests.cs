using Steward.Core.Commits;
using Steward.Core.Configuration;
using Steward.Core.Versioning;

namespace Steward.Core.Tests.Commits;

/// <summary>The BREAKING CHANGE footer counts whatever the header, as the spec's footer rule says.</summary>
public sealed class BreakingFooterParserTests
{
    [Fact]
    public void A_footer_under_a_header_that_is_not_conventional_is_breaking_and_major()
    {
        var message = ConventionalCommitParser.Parse("v2 (#9)\n\nBREAKING CHANGE: drop node 14");

        message.IsConventional.Should().BeFalse();
        message.IsBreaking.Should().BeTrue();
        message.BreakingNotes.Should().Equal("drop node 14");
        new BumpPolicy(new CommitsConfig()).LevelOf(message).Should().Be(BumpLevel.Major);
    }

    [Fact]
    public void A_message_that_is_not_conventional_and_has_no_footer_still_asks_nothing()
    {
        var message = ConventionalCommitParser.Parse("Update README.md\n\nBreaking change: none really");

        message.IsBreaking.Should().BeFalse();
        new BumpPolicy(new CommitsConfig()).LevelOf(message).Should().Be(BumpLevel.None);
    }
}

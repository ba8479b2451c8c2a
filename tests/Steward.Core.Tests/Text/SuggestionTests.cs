using Steward.Core.Text;

namespace Steward.Core.Tests.Text;

public sealed class SuggestionTests
{
    private static readonly string[] Verbs = ["version", "next", "log", "lint", "notes", "changelog", "release", "images"];

    [Theory]
    [InlineData("nxt", "next")]
    [InlineData("relase", "release")]
    [InlineData("chnagelog", "changelog")]
    [InlineData("NOTES", "notes")]
    [InlineData("--tag-prefx", "--tag-prefix")]
    public void A_typo_gets_the_closest_word(string typed, string expected)
    {
        string[] known = [.. Verbs, "--tag-prefix", "--from"];

        Suggestion.Closest(typed, known).Should().Be(expected);
    }

    [Theory]
    [InlineData("deploy")]
    [InlineData("x")]
    [InlineData("--bogus")]
    public void A_word_far_from_every_known_one_gets_none(string typed) =>
        Suggestion.Closest(typed, [.. Verbs, "--from"]).Should().BeNull();

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "abc", 0)]
    [InlineData("abc", "acb", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    public void Distance_counts_edits_with_a_swap_as_one(string a, string b, int expected)
    {
        Suggestion.Distance(a, b).Should().Be(expected);
        Suggestion.Distance(b, a).Should().Be(expected);
    }
}

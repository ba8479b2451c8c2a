using Steward.Core.Versioning;

namespace Steward.Core.Tests.Versioning;

/// <summary>Every example and rule of the SemVer 2.0.0 text.</summary>
public class SemanticVersionTests
{
    [Theory]
    [InlineData("999999999999999999", "1000000000000000000")]
    [InlineData("9223372036854775807", "9223372036854775808")]
    [InlineData("99999999999999999999", "100000000000000000000")]
    public void Numbers_either_side_of_what_a_long_holds_are_read_exactly(string below, string above)
    {
        var low = SemanticVersion.Parse($"{below}.{below}.{below}");
        var high = SemanticVersion.Parse($"{above}.{above}.{above}");

        low.Major.Should().Be(System.Numerics.BigInteger.Parse(below, System.Globalization.CultureInfo.InvariantCulture));
        high.Patch.Should().Be(System.Numerics.BigInteger.Parse(above, System.Globalization.CultureInfo.InvariantCulture));
        (low < high).Should().BeTrue();
        high.ToString().Should().Be($"{above}.{above}.{above}");
    }

    [Theory]
    [InlineData("1.9.0")]
    [InlineData("1.10.0")]
    [InlineData("1.11.0")]
    [InlineData("1.0.0-alpha")]
    [InlineData("1.0.0-alpha.1")]
    [InlineData("1.0.0-0.3.7")]
    [InlineData("1.0.0-x.7.z.92")]
    [InlineData("1.0.0-x-y-z.--")]
    [InlineData("1.0.0-alpha+001")]
    [InlineData("1.0.0+20130313144700")]
    [InlineData("1.0.0-beta+exp.sha.5114f85")]
    [InlineData("1.0.0+21AF26D3----117B344092BD")]
    [InlineData("0.0.4")]
    [InlineData("10.20.30")]
    [InlineData("1.0.0-rc.1+build.1")]
    [InlineData("99999999999999999999999.999999999999999999.99999999999999999")]
    public void Spec_examples_parse_and_print_unchanged(string text)
    {
        SemanticVersion.Parse(text).ToString().Should().Be(text);
    }

    [Theory]
    [InlineData("1", "exactly three numbers")]
    [InlineData("1.2", "exactly three numbers")]
    [InlineData("1.2.3.4", "exactly three numbers")]
    [InlineData("01.1.1", "leading zero")]
    [InlineData("1.01.1", "leading zero")]
    [InlineData("1.1.01", "leading zero")]
    [InlineData("1.2.3-0123", "leading zero")]
    [InlineData("1.2.3-0123.0123", "leading zero")]
    [InlineData("1.2.3-alpha..1", "empty")]
    [InlineData("1.2.3-", "empty")]
    [InlineData("1.2.3+", "empty")]
    [InlineData("1.2.3-alpha_beta", "only [0-9A-Za-z-]")]
    [InlineData("1.2.3+build!", "only [0-9A-Za-z-]")]
    [InlineData("-1.2.3", "exactly three numbers")]
    [InlineData("1.2.-3", "empty")]
    [InlineData("a.b.c", "not a non-negative integer")]
    [InlineData("1.2.3 ", "not a non-negative integer")]
    [InlineData("", "empty")]
    [InlineData("v", "empty")]
    [InlineData("1.2.3-é", "only [0-9A-Za-z-]")]
    [InlineData("１.2.3", "not a non-negative integer")]
    [InlineData("1..3", "minor number is empty")]
    [InlineData("1.2.", "patch number is empty")]
    [InlineData("0.0.00", "leading zero")]
    [InlineData("1.2.3.", "exactly three numbers")]
    public void Invalid_versions_are_rejected_naming_the_rule(string text, string rule)
    {
        var act = () => SemanticVersion.Parse(text);
        act.Should().Throw<VersionFormatException>().Which.Message.Should().Contain(rule).And.Contain($"'{text}'");
    }

    [Theory]
    [InlineData("v1.2.3", "1.2.3")]
    [InlineData("V1.2.3-rc.1", "1.2.3-rc.1")]
    public void A_leading_v_is_accepted_on_input_and_not_written(string text, string expected)
    {
        SemanticVersion.Parse(text).ToString().Should().Be(expected);
    }

    [Fact]
    public void A_leading_v_can_be_refused()
    {
        var act = () => SemanticVersion.Parse("v1.2.3", allowVPrefix: false);
        act.Should().Throw<VersionFormatException>();
    }

    [Fact]
    public void Precedence_follows_the_spec_example_chain()
    {
        // SemVer 2.0.0 §11.4: 1.0.0-alpha < 1.0.0-alpha.1 < 1.0.0-alpha.beta < 1.0.0-beta < 1.0.0-beta.2 < 1.0.0-beta.11 < 1.0.0-rc.1 < 1.0.0.
        string[] chain = ["1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "2.0.0", "2.1.0", "2.1.1"];
        for (var i = 0; i + 1 < chain.Length; i++)
        {
            SemanticVersion.ComparePrecedence(SemanticVersion.Parse(chain[i]), SemanticVersion.Parse(chain[i + 1]))
                .Should().BeNegative($"{chain[i]} < {chain[i + 1]}");
        }
    }

    [Theory]
    [InlineData("1.0.0+a", "1.0.0+b")]
    [InlineData("1.0.0-rc.1+x", "1.0.0-rc.1")]
    public void Build_metadata_does_not_count_for_precedence(string a, string b)
    {
        SemanticVersion.ComparePrecedence(SemanticVersion.Parse(a), SemanticVersion.Parse(b)).Should().Be(0);
        SemanticVersion.Parse(a).Should().NotBe(SemanticVersion.Parse(b), "distinct texts are distinct versions");
    }

    [Theory]
    [InlineData("1.0.0-2", "1.0.0-10")]
    [InlineData("1.0.0-9", "1.0.0-a")]
    [InlineData("1.0.0-A", "1.0.0-a")]
    [InlineData("1.0.0-rc.9", "1.0.0-rc.10")]
    [InlineData("1.0.0-99999999999999999999", "1.0.0-100000000000000000000")]
    public void Identifiers_compare_numerically_below_alphanumerics_in_ascii_order(string lower, string higher)
    {
        (SemanticVersion.Parse(lower) < SemanticVersion.Parse(higher)).Should().BeTrue();
    }

    [Fact]
    public void Numbers_beyond_64_bits_compare_exactly()
    {
        var a = SemanticVersion.Parse("18446744073709551616.0.0");
        var b = SemanticVersion.Parse("18446744073709551615.0.0");
        (a > b).Should().BeTrue();
    }
}

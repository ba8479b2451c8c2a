using Steward.Core.Versioning;

namespace Steward.Core.Tests.Versioning;

/// <summary>The examples of PEP 440: normalization of every alternative spelling, and ordering.</summary>
public class Pep440VersionTests
{
    [Theory]
    [InlineData("1.0", "1.0")]
    [InlineData("1.1RC1", "1.1rc1")]
    [InlineData("1.0a", "1.0a0")]
    [InlineData("1.0a1", "1.0a1")]
    [InlineData("1.0.a1", "1.0a1")]
    [InlineData("1.0-a1", "1.0a1")]
    [InlineData("1.0_a1", "1.0a1")]
    [InlineData("1.0alpha1", "1.0a1")]
    [InlineData("1.0-alpha.1", "1.0a1")]
    [InlineData("1.0beta2", "1.0b2")]
    [InlineData("1.0c1", "1.0rc1")]
    [InlineData("1.0pre1", "1.0rc1")]
    [InlineData("1.0preview1", "1.0rc1")]
    [InlineData("1.0.post1", "1.0.post1")]
    [InlineData("1.0post1", "1.0.post1")]
    [InlineData("1.0-post1", "1.0.post1")]
    [InlineData("1.0.post", "1.0.post0")]
    [InlineData("1.0-1", "1.0.post1")]
    [InlineData("1.0.rev1", "1.0.post1")]
    [InlineData("1.0r1", "1.0.post1")]
    [InlineData("1.0.dev", "1.0.dev0")]
    [InlineData("1.0dev1", "1.0.dev1")]
    [InlineData("1.0-dev1", "1.0.dev1")]
    [InlineData("1.0a1.dev2", "1.0a1.dev2")]
    [InlineData("1.0.post1.dev2", "1.0.post1.dev2")]
    [InlineData("1!1.0", "1!1.0")]
    [InlineData("0!1.0", "1.0")]
    [InlineData("v1.0", "1.0")]
    [InlineData("  1.0\n", "1.0")]
    [InlineData("1.0+ubuntu-1", "1.0+ubuntu.1")]
    [InlineData("1.0+UBUNTU_1", "1.0+ubuntu.1")]
    [InlineData("1.0+abc.007", "1.0+abc.7")]
    [InlineData("2012.04.0010", "2012.4.10")]
    [InlineData("1.0.0.0.1", "1.0.0.0.1")]
    [InlineData("00.1", "0.1")]
    public void Alternative_spellings_normalize(string input, string canonical)
    {
        Pep440Version.Parse(input).ToString().Should().Be(canonical);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1.0.")]
    [InlineData("1.0+")]
    [InlineData("1.0+abc..1")]
    [InlineData("1.0gamma1")]
    [InlineData("one")]
    [InlineData("1.0a1a2")]
    [InlineData("1!")]
    public void Invalid_versions_are_rejected(string input)
    {
        var act = () => Pep440Version.Parse(input);
        act.Should().Throw<VersionFormatException>().Which.Message.Should().Contain($"'{input}'");
    }

    [Fact]
    public void Ordering_follows_the_spec_example()
    {
        // PEP 440 "Summary of permitted suffixes and relative ordering".
        string[] chain =
        [
            "1.dev0", "1.0.dev456", "1.0a1", "1.0a2.dev456", "1.0a12.dev456", "1.0a12", "1.0b1.dev456", "1.0b2",
            "1.0b2.post345.dev456", "1.0b2.post345", "1.0rc1.dev456", "1.0rc1", "1.0", "1.0+abc.5", "1.0+abc.7",
            "1.0+5", "1.0.post456.dev34", "1.0.post456", "1.0.15", "1.1.dev1",
        ];
        for (var i = 0; i + 1 < chain.Length; i++)
        {
            Pep440Version.Parse(chain[i]).CompareTo(Pep440Version.Parse(chain[i + 1]))
                .Should().BeNegative($"{chain[i]} < {chain[i + 1]}");
        }
    }

    [Fact]
    public void Trailing_zeros_in_the_release_are_insignificant()
    {
        Pep440Version.Parse("1.0").Should().Be(Pep440Version.Parse("1.0.0"));
        Pep440Version.Parse("1.0").GetHashCode().Should().Be(Pep440Version.Parse("1.0.0.0").GetHashCode());
        Pep440Version.Parse("1.0").ToString().Should().Be("1.0", "comparison ignores the zeros but the text keeps them");
    }

    [Fact]
    public void Epoch_dominates_everything()
    {
        (Pep440Version.Parse("1!0.1") > Pep440Version.Parse("2024.1")).Should().BeTrue();
    }
}

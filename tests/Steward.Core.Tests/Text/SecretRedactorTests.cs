using Steward.Core.Text;

namespace Steward.Core.Tests.Text;

/// <summary>
/// Token shapes are masked whatever their length or place in a line, down to the shortest each shape allows, and
/// given secrets are masked longest first whatever order they were given in.
/// </summary>
public sealed class SecretRedactorTests
{
    [Theory]
    [InlineData("ghp_ABCDEFGHIJKLMNOPQRST")]
    [InlineData("ghs_abcdefghij0123456789")]
    [InlineData("github_pat_ABCDEFGHIJ_0123456789")]
    [InlineData("glpat-abcdefghij_-0123456789")]
    [InlineData("gldt-ABCDEFGHIJ0123456789")]
    public void A_token_of_the_shortest_length_its_shape_allows_is_masked_alone_and_in_a_line(string token)
    {
        var redactor = new SecretRedactor();

        redactor.Redact(token).Should().Be("***");
        redactor.Redact($"push failed: {token}\n").Should().Be("push failed: ***\n");
    }

    [Theory]
    [InlineData("ghp_ABCDEFGHIJKLMNOPQRS")]
    [InlineData("8.3.0")]
    [InlineData("feat(cli): print the next version of the project")]
    public void Text_without_a_whole_token_shape_passes_unchanged(string text) =>
        new SecretRedactor().Redact(text).Should().Be(text);

    [Fact]
    public void A_secret_that_contains_another_is_masked_whole_whichever_was_given_first()
    {
        var redactor = new SecretRedactor(["abcd", "xxabcdxx", "efgh"]);

        redactor.Redact("xxabcdxx abcd efgh").Should().Be("*** *** ***");
    }
}

using Steward.Core.Errors;
using Steward.Core.Planning;

namespace Steward.Core.Tests.Planning;

public sealed class TagMessageTemplateTests
{
    [Fact]
    public void Without_a_template_the_message_is_the_notes_or_a_release_line_when_there_are_none()
    {
        TagMessageTemplate.Render(null, "1.2.0", "v1.2.0", "1.1.0", "### Features\n\n- x\n").Should().Be("### Features\n\n- x\n");
        TagMessageTemplate.Render(null, "1.2.0", "v1.2.0", "1.1.0", "  \n").Should().Be("Release v1.2.0\n");
    }

    [Theory]
    [InlineData("Release {{tag}}", "Release v1.2.0\n")]
    [InlineData("Release {tag}", "Release v1.2.0\n")]
    [InlineData("{{version}} after {{previousVersion}}\n\n{{notes}}", "1.2.0 after 1.1.0\n\nSee {tag} here\n")]
    public void Placeholders_are_filled_once(string template, string expected) =>
        TagMessageTemplate.Render(template, "1.2.0", "v1.2.0", "1.1.0", "See {tag} here\n").Should().Be(expected);

    [Fact]
    public void An_empty_template_is_an_error_naming_the_key()
    {
        var act = () => TagMessageTemplate.Check("  ");

        act.Should().Throw<StewardException>().Which.Message.Should().StartWith("steward.yml: release.tagMessage is empty;");
    }
}

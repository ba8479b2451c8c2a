using Steward.Core.Errors;
using Steward.Core.Versioning;

namespace Steward.Core.Tests.Versioning;

public class VersionFileTests
{
    [Theory]
    [InlineData("1.2.3", "1.2.3", VersionScheme.SemVer)]
    [InlineData("1.2.3\n", "1.2.3", VersionScheme.SemVer)]
    [InlineData("  v1.2.3  \r\n", "v1.2.3", VersionScheme.SemVer)]
    [InlineData("\n\n0.2.0a1\n", "0.2.0a1", VersionScheme.Pep440)]
    [InlineData("\uFEFF1.0\n", "1.0", VersionScheme.Pep440)]
    public void One_version_with_surrounding_whitespace_is_fine(string content, string expected, VersionScheme scheme)
    {
        var file = VersionFile.Parse("VERSION", content);
        file.Version.ToString().Should().Be(expected);
        file.Version.Scheme.Should().Be(scheme);
    }

    [Theory]
    [InlineData("", "VERSION:1: the file is empty")]
    [InlineData("\n  \n", "VERSION:1: the file is empty")]
    [InlineData("1.2.3\n1.2.4\n", "VERSION:2: unexpected '1.2.4'")]
    [InlineData("1.2.3\n# comment\n", "VERSION:2: unexpected '# comment'")]
    [InlineData("1.2.3 1.2.4\n", "VERSION:1: '1.2.3 1.2.4' is not a valid version")]
    [InlineData("\nnot-a-version\n", "VERSION:2: 'not-a-version' is not a valid version")]
    public void Anything_else_is_an_error_naming_file_and_line(string content, string message)
    {
        var act = () => VersionFile.Parse("VERSION", content);
        act.Should().Throw<StewardException>().Which.Message.Should().StartWith(message);
    }

    [Fact]
    public void The_line_ending_is_remembered()
    {
        VersionFile.Parse("VERSION", "1.0.0\r\n").Newline.Should().Be("\r\n");
        VersionFile.Parse("VERSION", "1.0.0").Newline.Should().Be("\n");
    }

    [Fact]
    public void The_text_read_is_kept_without_its_byte_order_mark_so_a_plan_needs_no_second_read()
    {
        VersionFile.Parse("VERSION", "\uFEFF1.0.0\r\n").Text.Should().Be("1.0.0\r\n");
        VersionFile.Parse("VERSION", "  v2.0.0\n\n").Text.Should().Be("  v2.0.0\n\n");
    }
}

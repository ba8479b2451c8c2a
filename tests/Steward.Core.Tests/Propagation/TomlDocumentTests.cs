using Steward.Core.Errors;
using Steward.Core.Propagation.Toml;

namespace Steward.Core.Tests.Propagation;

public sealed class TomlDocumentTests
{
    private const string Sample = """
        # comment = "not a key"
        title = "top"
        [tool.poetry]   # trailing comment
        version = "1.0.0"
        "quoted key" = 'literal \n stays'
        site."google.com" = true
        list = [
          "a",  # comment inside
          'b', [1, 2], { x = "y" },
        ]
        text = '''
        version = "not a key"
        '''
        point = { x = 1, y = "two" }

        [[bin]]
        version = "9"
        """;

    [Fact]
    public void Finds_keys_in_tables_with_the_position_of_the_string_content()
    {
        var document = TomlDocument.Parse("x.toml", Sample);
        var version = document.Find("tool", "poetry", "version")!;

        version.Value.Should().Be("1.0.0");
        version.Line.Should().Be(4);
        Sample.Substring(version.ValueStart, version.ValueLength).Should().Be("1.0.0");
    }

    [Fact]
    public void Reads_quoted_and_dotted_keys_arrays_inline_tables_and_multi_line_strings()
    {
        var document = TomlDocument.Parse("x.toml", Sample);

        document.Find("tool", "poetry", "quoted key")!.Value.Should().Be("literal \\n stays");
        document.Find("tool", "poetry", "site", "google.com")!.Kind.Should().Be(TomlValueKind.Other);
        document.Find("tool", "poetry", "list")!.Strings.Should().Equal("a", "b");
        document.Find("tool", "poetry", "text")!.Kind.Should().Be(TomlValueKind.MultiLineString);
        document.Find("tool", "poetry", "point", "y")!.Value.Should().Be("two");
        document.Entries.Should().NotContain(e => e.Value == "not a key", "text inside a multi-line string is not a key");
    }

    [Fact]
    public void Keys_in_arrays_of_tables_are_never_found_as_table_keys()
    {
        TomlDocument.Parse("x.toml", Sample).Find("bin", "version").Should().BeNull();
    }

    [Fact]
    public void An_escaped_basic_string_is_marked_so_it_is_not_edited_in_place()
    {
        var entry = TomlDocument.Parse("x.toml", "v = \"1.0\\u0030\"\n").Find("v")!;
        entry.HasEscapes.Should().BeTrue();
    }

    [Theory]
    [InlineData("a = \"open\nb = 1\n", 1, "a string is not closed on its line")]
    [InlineData("[table\nx = 1\n", 1, "expected ']' to close the table header")]
    [InlineData("x = 1\ny 2\n", 2, "expected '=' after the key 'y'")]
    [InlineData("x = 1\n\nx = 2\n", 3, "key 'x' is defined twice (first on line 1)")]
    [InlineData("a = [1,\n2\n", 3, "an array is not closed")]
    [InlineData("a = 1 b = 2\n", 1, "unexpected 'b' after a value")]
    [InlineData("a = \"\"\"never closed\n", 1, "a multi-line string is not closed")]
    [InlineData("a =\n", 1, "the key 'a' has no value")]
    [InlineData("[a]\nx = 1\n[b]\n[a]\n", 4, "the table [a] is defined twice (first on line 1)")]
    public void Malformed_toml_is_an_error_naming_the_file_and_line(string text, int line, string reason)
    {
        var act = () => TomlDocument.Parse("pyproject.toml", text);

        act.Should().Throw<StewardException>()
            .Where(e => e.Kind == FailureKind.InvalidInput)
            .WithMessage($"pyproject.toml:{line}: not valid TOML: {reason}*");
    }

    [Fact]
    public void Crlf_line_endings_are_read_like_lf()
    {
        var document = TomlDocument.Parse("x.toml", "[package]\r\nname = \"a\"\r\nversion = \"1.0.0\" # c\r\n");
        var entry = document.Find("package", "version")!;
        entry.Line.Should().Be(3);
        entry.Value.Should().Be("1.0.0");
    }
}

using Steward.Core.Artifacts.Formats;
using Steward.Core.Errors;

namespace Steward.Core.Tests.Artifacts;

public sealed class TomlLockReaderTests
{
    [Fact]
    public void Reads_tables_strings_and_keeps_other_values_raw()
    {
        var tables = TomlLockReader.Read("x.lock", """"
            # comment
            version = 3

            [[package]]
            name = "a"   # trailing comment
            version = 'literal \n kept'
            source = { registry = "https://x", note = "]}" }
            files = [
                {file = "a # not a comment", hash = "h"},
            ]
            description = """first
            second \"quoted\" \u00e9"""

            [package.extras]
            socks = ["x"]
            """");

        tables.Select(t => t.Name).Should().Equal("", "package", "package.extras");
        tables[0].Values["version"].Raw.Should().Be("3");
        var package = tables[1];
        package.IsArrayItem.Should().BeTrue();
        package.GetString("name").Should().Be("a");
        package.GetString("version").Should().Be("literal \\n kept");
        package.Values["source"].Raw.Should().Be("""{ registry = "https://x", note = "]}" }""");
        package.Values["files"].String.Should().BeNull();
        package.GetString("description").Should().Be("first\nsecond \"quoted\" é");
        package.Values["description"].Line.Should().Be(11);
    }

    [Theory]
    [InlineData("[[package]\nname = \"a\"\n", "x.lock:1: not valid TOML: table header is not closed with ']'")]
    [InlineData("[[package]]\nname = \"a\n", "x.lock:2: not valid TOML: string is not closed")]
    [InlineData("[[package]]\nname \"a\"\n", "x.lock:2: not valid TOML: expected '=' after the key")]
    [InlineData("[[package]]\nname = \"a\" extra\n", "x.lock:2: not valid TOML: unexpected 'e' after the value; one key or table header per line")]
    [InlineData("[[package]]\nfiles = [\n  \"a\",\n", "x.lock:2: not valid TOML: array or inline table is not closed")]
    [InlineData("[[package]]\nname = \"\\q\"\n", "x.lock:2: not valid TOML: unknown escape \\q in a string")]
    [InlineData("[[package]]\nname =\n", "x.lock:2: not valid TOML: the key has no value")]
    public void Malformed_toml_names_the_line(string text, string expected)
    {
        var act = () => TomlLockReader.Read("x.lock", text);

        act.Should().Throw<StewardException>().Which.Message.Should().Be(expected);
    }
}

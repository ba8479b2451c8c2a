using Steward.Core.Errors;
using Steward.Core.Propagation;

namespace Steward.Core.Tests.Propagation;

/// <summary>A file that does not parse is an error naming the file and the line, before anything is written.</summary>
public sealed class MalformedFileTests
{
    [Theory]
    [InlineData("package.json", "{\n  \"name\": \"x\",\n  \"version\": \"1.0.0\"\n  \"main\": \"index.js\"\n}\n", "package.json:4: not valid JSON:*")]
    [InlineData("package.json", "{\n  \"version\": \"1.0.0\",\n  \"version\": \"2.0.0\"\n}\n", "package.json:3: not valid JSON: the key \"version\" appears twice in one object (first on line 2)*")]
    [InlineData("Chart.yaml", "apiVersion: v2\nname: [unclosed\nversion: 1.0.0\n", "Chart.yaml:*: not valid YAML:*")]
    [InlineData("pom.xml", "<project>\n  <version>1.0.0</version>\n</projec>\n", "pom.xml:3: not valid XML:*")]
    [InlineData("Cargo.toml", "[package]\nversion = \"1.0.0\nname = \"x\"\n", "Cargo.toml:2: not valid TOML: a string is not closed on its line*")]
    public void Names_the_file_and_line(string name, string text, string message)
    {
        var act = () => Propagator.Scan(name, text, [DetectedTargets.For(name)!]);

        act.Should().Throw<StewardException>().Where(e => e.Kind == FailureKind.InvalidInput).WithMessage(message);
    }

    [Fact]
    public void A_yaml_error_names_the_line_the_parser_reports()
    {
        var act = () => Propagator.Scan("Chart.yaml", "apiVersion: v2\nversion: 1.0.0\n  bad: indent\n", [DetectedTargets.For("Chart.yaml")!]);

        act.Should().Throw<StewardException>().WithMessage("Chart.yaml:3: not valid YAML:*");
    }

    [Fact]
    public void Two_python_versions_where_one_is_expected_are_an_error()
    {
        var act = () => Propagator.Scan("__init__.py", "__version__ = '1.0.0'\n\n__version__ = '2.0.0'\n", [DetectedTargets.For("__init__.py")!]);

        act.Should().Throw<StewardException>().WithMessage("__init__.py:3: a second __version__ (the first is on line 1)*");
    }

    [Fact]
    public void A_version_that_is_not_a_string_cannot_be_edited()
    {
        var act = () => Propagator.Scan("package.json", "{\"version\": 1}", [DetectedTargets.For("package.json")!]);

        act.Should().Throw<StewardException>().WithMessage("package.json:1: version is not a string*");
    }

    [Fact]
    public void An_empty_version_element_is_refused_with_what_to_write()
    {
        var act = () => Propagator.Scan("pom.xml", "<project><version/></project>", [DetectedTargets.For("pom.xml")!]);

        act.Should().Throw<StewardException>().WithMessage("pom.xml:1: <version> is an empty element (write it with an end tag)*");
    }
}

using System.Text.RegularExpressions;
using Steward.Core.Errors;
using Steward.Core.Propagation;
using Steward.Core.Propagation.Locators;
using Steward.Core.Versioning;

namespace Steward.Core.Tests.Propagation;

public sealed class LocatorBehaviourTests
{
    private static string Propagate(string name, string text, string version, IVersionLocator? locator = null, string prefix = "v") =>
        Propagator.Plan([Propagator.Scan(name, text, [locator ?? DetectedTargets.For(name)!])], SemanticVersion.Parse(version), prefix).Single().NewText;

    [Theory]
    [InlineData("src/pkg/__init__.py", true)]
    [InlineData("pkg/_version.py", true)]
    [InlineData("version.py", true)]
    [InlineData("app/Dockerfile", true)]
    [InlineData("Dockerfile.prod", true)]
    [InlineData("api.Dockerfile", true)]
    [InlineData("src/App/App.csproj", true)]
    [InlineData("Directory.Build.props", true)]
    [InlineData("charts/a/Chart.yaml", true)]
    [InlineData("charts/a/values.yaml", false)]
    [InlineData("setup.py", false)]
    [InlineData("README.md", false)]
    public void Detects_files_by_name(string path, bool detected) =>
        (DetectedTargets.For(path) is not null).Should().Be(detected);

    [Fact]
    public void A_python_module_without_version_is_not_a_target() =>
        Propagator.Scan("__init__.py", "from .core import *\n", [DetectedTargets.For("__init__.py")!]).Slots.Should().BeEmpty();

    [Fact]
    public void A_chained_assignment_as_setuptools_scm_writes_it_is_found() =>
        Propagate("_version.py", "__version__ = version = '0.1.0'\n", "0.2.0-beta.1").Should().Be("__version__ = version = '0.2.0b1'\n");

    [Fact]
    public void An_indented_version_assignment_is_not_the_module_version() =>
        Propagate("__init__.py", "try:\n    __version__ = '1.0.0'\nexcept ImportError:\n    pass\n", "2.0.0").Should().Contain("'1.0.0'");

    [Fact]
    public void Pyproject_with_dynamic_version_and_no_poetry_table_has_no_slot() =>
        Propagator.Scan("pyproject.toml", "[project]\nname = \"x\"\ndynamic = [\"version\"]\n", [DetectedTargets.For("pyproject.toml")!]).Slots.Should().BeEmpty();

    [Fact]
    public void Setup_cfg_pointing_at_an_attribute_is_left_alone() =>
        Propagator.Scan("setup.cfg", "[metadata]\nversion = attr: pkg.__version__\n", [DetectedTargets.For("setup.cfg")!]).Slots.Should().BeEmpty();

    [Fact]
    public void Cargo_member_inheriting_the_workspace_version_has_no_slot() =>
        Propagator.Scan("Cargo.toml", "[package]\nname = \"x\"\nversion.workspace = true\n", [DetectedTargets.For("Cargo.toml")!]).Slots.Should().BeEmpty();

    [Fact]
    public void Dockerfile_with_backtick_escape_directive_follows_its_continuations()
    {
        var text = "# escape=`\nFROM x\nLABEL a=b `\n  version=\"0.1.0\"\n";
        Propagate("Dockerfile", text, "1.0.0+build.5").Should().Be("# escape=`\nFROM x\nLABEL a=b `\n  version=\"1.0.0_build.5\"\n");
    }

    [Fact]
    public void Msbuild_version_built_from_other_properties_is_left_alone() =>
        Propagator.Scan("a.csproj", "<Project><PropertyGroup><Version>$(VersionPrefix)-dev</Version></PropertyGroup></Project>", [DetectedTargets.For("a.csproj")!])
            .Slots.Should().BeEmpty();

    [Fact]
    public void A_prerelease_without_a_version_suffix_element_is_an_error_naming_the_line()
    {
        var act = () => Propagate("Directory.Build.props", "<Project>\n<PropertyGroup>\n<VersionPrefix>1.0.0</VersionPrefix>\n</PropertyGroup>\n</Project>\n", "2.0.0-rc.1");

        act.Should().Throw<StewardException>().WithMessage("Directory.Build.props:3: VERSION 2.0.0-rc.1 has a prerelease, but there is no <VersionSuffix>*");
    }

    [Fact]
    public void A_release_empties_the_version_suffix() =>
        Propagate("a.csproj", "<Project><PropertyGroup><VersionPrefix>1.0.0</VersionPrefix><VersionSuffix>rc.1</VersionSuffix></PropertyGroup></Project>", "1.0.0")
            .Should().Be("<Project><PropertyGroup><VersionPrefix>1.0.0</VersionPrefix><VersionSuffix></VersionSuffix></PropertyGroup></Project>");

    [Fact]
    public void A_version_without_a_pep440_image_is_an_error_naming_the_python_target()
    {
        var act = () => Propagate("__init__.py", "__version__ = '1.0.0'\n", "1.0.0-nightly.3");

        act.Should().Throw<StewardException>().Where(e => e.Kind == FailureKind.InvalidInput)
            .WithMessage("__init__.py:1: version '1.0.0-nightly.3' cannot be written as PEP 440*");
    }

    [Fact]
    public void A_configured_pattern_replaces_every_match_of_its_version_group()
    {
        var locator = new RegexLocator(new Regex("steward@(?<version>[0-9][^ \\n]*)", RegexOptions.Multiline), VersionForm.SemVer);
        Propagate("README.md", "dotnet tool install steward@0.1.0\nor steward@0.1.0 again\n", "0.2.0", locator)
            .Should().Be("dotnet tool install steward@0.2.0\nor steward@0.2.0 again\n");
    }

    [Theory]
    [InlineData(KeyPathFormat.Yaml, "values.yaml", "image:\n  repository: demo # the image\n  tag: \"0.1.0\"\nother:\n  tag: 0.1.0\n", "image:\n  repository: demo # the image\n  tag: \"1.0.0_b.1\"\nother:\n  tag: 0.1.0\n")]
    [InlineData(KeyPathFormat.Json, "app.json", "{\"image\": {\"tag\": \"0.1.0\"}, \"tag\": \"0.1.0\"}", "{\"image\": {\"tag\": \"1.0.0_b.1\"}, \"tag\": \"0.1.0\"}")]
    [InlineData(KeyPathFormat.Toml, "app.toml", "[image]\ntag = \"0.1.0\"\n[other]\ntag = \"0.1.0\"\n", "[image]\ntag = \"1.0.0_b.1\"\n[other]\ntag = \"0.1.0\"\n")]
    [InlineData(KeyPathFormat.Xml, "app.xml", "<image>\n  <tag> 0.1.0 </tag>\n</image>\n", "<image>\n  <tag> 1.0.0_b.1 </tag>\n</image>\n")]
    public void A_configured_key_path_replaces_only_that_value(KeyPathFormat format, string name, string input, string expected) =>
        Propagate(name, input, "1.0.0+b.1", new KeyPathLocator(format, ["image", "tag"], VersionForm.Docker)).Should().Be(expected);

    [Fact]
    public void A_tag_scheme_writes_the_tag_prefix() =>
        Propagate("x.yaml", "release: api-v0.1.0\n", "0.2.0", new KeyPathLocator(KeyPathFormat.Yaml, ["release"], VersionForm.Tag), "api-v")
            .Should().Be("release: api-v0.2.0\n");

    [Fact]
    public void Overlapping_targets_in_one_file_are_an_error()
    {
        var a = new RegexLocator(new Regex("v=(?<version>[0-9.]+)"), VersionForm.SemVer);
        var b = new RegexLocator(new Regex("v=1(?<version>[0-9.]+)"), VersionForm.SemVer);
        var act = () => Propagator.Scan("x.txt", "v=1.0.0\n", [a, b]);

        act.Should().Throw<StewardException>().WithMessage("x.txt:1: two targets claim overlapping text*");
    }

    [Fact]
    public void Json_offsets_count_characters_not_bytes() =>
        Propagate("package.json", "{\"description\": \"caf\u00e9 \ud83d\ude80\", \"version\": \"0.1.0\"}", "1.0.0")
            .Should().Be("{\"description\": \"caf\u00e9 \ud83d\ude80\", \"version\": \"1.0.0\"}");

    [Fact]
    public void Xml_text_on_its_own_crlf_line_keeps_its_whitespace() =>
        Propagate("pom.xml", "<project>\r\n  <version>\r\n    0.1.0\r\n  </version>\r\n</project>", "1.0.0")
            .Should().Be("<project>\r\n  <version>\r\n    1.0.0\r\n  </version>\r\n</project>");

    [Fact]
    public void Yaml_keys_may_be_quoted_and_values_may_carry_comments() =>
        Propagate("Chart.yaml", "\"version\": 0.1.0 # chart\n'appVersion': '0.1.0' # app\n", "1.0.0")
            .Should().Be("\"version\": 1.0.0 # chart\n'appVersion': '1.0.0' # app\n");

    [Fact]
    public void Docker_arg_may_declare_several_variables_and_lower_case_keywords() =>
        Propagate("Dockerfile", "FROM x\narg OTHER=1 VERSION=\"0.1.0\"\n", "1.0.0").Should().Be("FROM x\narg OTHER=1 VERSION=\"1.0.0\"\n");

    [Fact]
    public void A_v_prefixed_semver_value_keeps_its_prefix_in_either_case() =>
        Propagate("Chart.yaml", "version: 0.1.0\nappVersion: V0.1.0\n", "2.0.0").Should().Be("version: 2.0.0\nappVersion: V2.0.0\n");
}

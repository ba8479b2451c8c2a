using Steward.Core.Propagation.Dependencies;
using Steward.Core.Versioning;

namespace Steward.Core.Tests.Propagation;

/// <summary>Where a dependent's files record a dependency's version, and what a cascade writes there.</summary>
public sealed class DependencyLocatorTests
{
    private static readonly SemanticVersion Next = SemanticVersion.Parse("2.2.0");

    [Theory]
    [InlineData("^2.1.0", "^2.2.0")]
    [InlineData("~2.1.0", "~2.2.0")]
    [InlineData(">=2.1.0", ">=2.2.0")]
    [InlineData("2.1.0", "2.2.0")]
    [InlineData("workspace:*", "workspace:*")]
    [InlineData("workspace:^2.1.0", "workspace:^2.1.0")]
    [InlineData("^2.1", "^2.1")]
    [InlineData("2.x", "2.x")]
    [InlineData(">=2.1.0 <3.0.0", ">=2.1.0 <3.0.0")]
    [InlineData("file:../core", "file:../core")]
    public void A_package_json_constraint_keeps_its_operator_and_only_a_whole_version_is_written(string written, string expected)
    {
        var text = $"{{\n  \"dependencies\": {{ \"core\": \"{written}\" }},\n  \"version\": \"1.0.0\"\n}}\n";

        var result = DependencyPropagator.Apply("web/package.json", text, [Dependency(new PackageName(PackageEcosystem.Npm, "core"))]);

        result.Should().Be(text.Replace(written, expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("core>=2.1.0", "core>=2.2.0")]
    [InlineData("Core == 2.1.0 ; python_version > '3.9'", "Core == 2.2.0 ; python_version > '3.9'")]
    [InlineData("core[x] (>=2.1.0, <3, !=2.1.5)", "core[x] (>=2.2.0, <3, !=2.1.5)")]
    [InlineData("core~=2.1", "core~=2.1")]
    [InlineData("core @ https://example.invalid/core.whl", "core @ https://example.invalid/core.whl")]
    [InlineData("core-extra>=2.1.0", "core-extra>=2.1.0")]
    public void A_pep_508_requirement_gets_the_version_in_its_pin_or_lower_bound(string written, string expected)
    {
        var text = $"[project]\nname = \"api\"\ndependencies = [\"{written}\"]\n";

        var result = DependencyPropagator.Apply("api/pyproject.toml", text, [Dependency(new PackageName(PackageEcosystem.Python, "core"))]);

        result.Should().Be(text.Replace(written, expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Python_names_compare_as_pep_503_normalises_them()
    {
        new PackageName(PackageEcosystem.Python, "Acme_Core").Matches("acme.core").Should().BeTrue();
        new PackageName(PackageEcosystem.Npm, "Acme").Matches("acme").Should().BeFalse();
        new PackageName(PackageEcosystem.NuGet, "Acme.Core").Matches("acme.core").Should().BeTrue();
    }

    [Fact]
    public void An_upper_bound_below_the_new_version_is_an_error_naming_the_line()
    {
        var text = "[project]\ndependencies = [\n  \"core>=2.1.0,<2.2\",\n]\n";

        var act = () => DependencyPropagator.Apply("api/pyproject.toml", text, [Dependency(new PackageName(PackageEcosystem.Python, "core"))]);

        act.Should().Throw<Errors.StewardException>().WithMessage("api/pyproject.toml:3: core's new version 2.2.0 is outside '<2.2'*");
    }

    [Fact]
    public void A_file_of_another_ecosystem_is_left_alone()
    {
        var text = "{ \"dependencies\": { \"core\": \"^2.1.0\" } }";

        DependencyPropagator.Apply("web/package.json", text, [Dependency(new PackageName(PackageEcosystem.Python, "core"))]).Should().Be(text);
    }

    [Theory]
    [InlineData("libs/core/package.json", "{ \"name\": \"@acme/core\" }", "@acme/core")]
    [InlineData("libs/core/pyproject.toml", "[tool.poetry]\nname = \"acme-core\"\n", "acme-core")]
    [InlineData("libs/core/Core.csproj", "<Project><PropertyGroup><AssemblyName>Acme.Core</AssemblyName></PropertyGroup></Project>", "Acme.Core")]
    [InlineData("libs/core/Acme.Core.csproj", "<Project><PropertyGroup><PackageId>$(Name)</PackageId></PropertyGroup></Project>", "Acme.Core")]
    [InlineData("libs/core/Chart.yaml", "name: core\nversion: 1.0.0\n", "core")]
    public void A_component_is_named_by_its_own_files(string path, string text, string name)
    {
        PackageFiles.NamesIn(path, text).Select(n => n.Name).Should().Equal(name);
    }

    private static DependencyVersion Dependency(PackageName name) => new("core", [name], Next);
}

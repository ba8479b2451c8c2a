using Steward.Core.Artifacts.Charts;
using Steward.Core.Errors;

namespace Steward.Core.Tests.Artifacts;

public sealed class ChartPackagerTests
{
    [Theory]
    [InlineData("name: a\nversion: 0.1.0\n", "name: a\nversion: 1.2.3\n")]
    [InlineData("name: a\r\nversion: \"0.1.0\"  # bumped by CI\r\nappVersion: 0.1.0\r\n", "name: a\r\nversion: \"1.2.3\"  # bumped by CI\r\nappVersion: 0.1.0\r\n")]
    [InlineData("name: a\nversion: '0.1.0'\ndependencies:\n  - name: b\n    version: 9.9.9\n", "name: a\nversion: '1.2.3'\ndependencies:\n  - name: b\n    version: 9.9.9\n")]
    public void Only_the_top_level_version_value_changes(string chartYaml, string expected)
    {
        ChartPackager.SetVersion("Chart.yaml", chartYaml, "1.2.3").Should().Be(expected);
    }

    [Fact]
    public void A_chart_without_a_name_is_an_error_naming_Chart_yaml()
    {
        var act = () => ChartPackager.Package("charts/a", [new ChartFile("Chart.yaml", Core.Artifacts.Archives.ArchiveEntryKind.File, "version: 1.0.0\n"u8.ToArray())],
            Core.Versioning.SemanticVersion.Parse("1.0.0"), DateTimeOffset.UnixEpoch);

        act.Should().Throw<StewardException>().Which.Message.Should().Be("charts/a/Chart.yaml: field 'name' is missing; a chart needs a name");
    }

    [Fact]
    public void Packaging_twice_gives_the_same_bytes()
    {
        ChartFile[] files =
        [
            new("templates/b.yaml", Core.Artifacts.Archives.ArchiveEntryKind.File, "b"u8.ToArray()),
            new("Chart.yaml", Core.Artifacts.Archives.ArchiveEntryKind.File, "name: a\nversion: 0.0.0\n"u8.ToArray()),
            new("values.yaml", Core.Artifacts.Archives.ArchiveEntryKind.File, "x: 1"u8.ToArray()),
        ];
        var version = Core.Versioning.SemanticVersion.Parse("2.0.0");

        var first = ChartPackager.Package("charts/a", files, version, DateTimeOffset.UnixEpoch.AddYears(50));
        var second = ChartPackager.Package("charts/a", [.. files.Reverse()], version, DateTimeOffset.UnixEpoch.AddYears(50));

        first.FileName.Should().Be("a-2.0.0.tgz");
        second.Content.Should().Equal(first.Content);
    }
}

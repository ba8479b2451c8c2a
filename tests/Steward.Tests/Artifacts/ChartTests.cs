using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using Steward.Tests.Support;

namespace Steward.Tests.Artifacts;

public sealed class ChartTests
{
    [Fact]
    public void A_listed_chart_is_packaged_as_helm_lays_it_out_with_the_release_version_and_helmignore_applied()
    {
        using var repo = ReleaseFixture.Create();
        var output = ReleaseFixture.NewOutputDirectory();
        StewardRunner.Run(repo.Root, "artifacts", "--out", output).ExitCode.Should().Be(0);

        using var gzip = new GZipStream(File.OpenRead(Path.Combine(output, "app-1.2.0.tgz")), CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        var entries = new List<(string Name, string Text)>();
        while (tar.GetNextEntry(copyData: true) is { } entry)
        {
            using var reader = new StreamReader(entry.DataStream!, Encoding.UTF8);
            entries.Add((entry.Name, reader.ReadToEnd()));
        }

        entries.Select(e => e.Name).Should().Equal(
            "app/Chart.yaml", "app/values.yaml", "app/.helmignore", "app/Chart.lock", "app/templates/deployment.yaml");
        entries[0].Text.Should().Be("apiVersion: v2\n# the chart\nname: app\nversion: 1.2.0 # set by steward\nappVersion: \"1.0\"\n");
    }

    [Fact]
    public void A_chart_directory_missing_from_the_tag_is_an_error_naming_the_key()
    {
        using var repo = ReleaseFixture.Create("artifacts:\n  name: acme\n  charts: [charts/nope]\n");
        var output = ReleaseFixture.NewOutputDirectory();

        var result = StewardRunner.Run(repo.Root, "artifacts", "--out", output);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: steward.yml: artifacts.charts: charts/nope is not a directory in v1.2.0; list chart directories relative to the repository root\n");
        Directory.Exists(output).Should().BeFalse();
    }

    [Fact]
    public void A_chart_without_a_version_line_is_an_error_naming_Chart_yaml()
    {
        using var repo = ReleaseFixture.Create();
        repo.WriteFile("charts/app/Chart.yaml", "apiVersion: v2\nname: app\n").Commit("fix: chart");
        repo.Tag("v1.2.1");

        var result = StewardRunner.Run(repo.Root, "artifacts", "--out", ReleaseFixture.NewOutputDirectory());

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: charts/app/Chart.yaml: has no top-level 'version:' line; add one (any value, Steward sets it)\n");
    }
}

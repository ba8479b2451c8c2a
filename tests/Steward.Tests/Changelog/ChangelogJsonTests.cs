using System.Text.Json;
using Steward.Tests.Support;

namespace Steward.Tests.Changelog;

public sealed class ChangelogJsonTests : IDisposable
{
    private readonly TempGitRepository repo = TempGitRepository.Create();

    public ChangelogJsonTests()
    {
        repo.WriteFile("VERSION", "1.0.0\n");
        repo.Commit("feat: first");
        repo.Tag("v1.0.0");
        repo.Commit("feat: second");
    }

    public void Dispose() => repo.Dispose();

    [Fact]
    public void Changelog_reports_the_diff_on_a_dry_run_and_what_it_wrote_otherwise()
    {
        var dryRun = StewardRunner.Run(repo.Root, "changelog", "--dry-run", "--json");

        dryRun.ExitCode.Should().Be(0, dryRun.Error);
        File.Exists(repo.FullPath("CHANGELOG.md")).Should().BeFalse();
        using (var json = JsonDocument.Parse(dryRun.Out))
        {
            var root = json.RootElement;
            root.GetProperty("file").GetString().Should().Be("CHANGELOG.md");
            root.GetProperty("version").GetString().Should().Be("1.1.0");
            root.GetProperty("changed").GetBoolean().Should().BeTrue();
            root.GetProperty("written").GetBoolean().Should().BeFalse();
            root.GetProperty("diff").GetString().Should().Contain("+++ b/CHANGELOG.md").And.Contain("second");
        }

        var written = StewardRunner.Run(repo.Root, "changelog", "--json");

        written.ExitCode.Should().Be(0, written.Error);
        repo.ReadFile("CHANGELOG.md").Should().Contain("second");
        using (var json = JsonDocument.Parse(written.Out))
        {
            json.RootElement.GetProperty("written").GetBoolean().Should().BeTrue();
        }

        using var again = JsonDocument.Parse(StewardRunner.Run(repo.Root, "changelog", "--json").Out);
        again.RootElement.GetProperty("changed").GetBoolean().Should().BeFalse();
        again.RootElement.GetProperty("diff").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Notes_report_the_version_tag_and_text()
    {
        var result = StewardRunner.Run(repo.Root, "notes", "--version", "1.0.0", "--json");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        root.GetProperty("version").GetString().Should().Be("1.0.0");
        root.GetProperty("tag").GetString().Should().Be("v1.0.0");
        root.GetProperty("file").ValueKind.Should().Be(JsonValueKind.Null);
        root.GetProperty("notes").GetString().Should().Contain("first");
    }
}

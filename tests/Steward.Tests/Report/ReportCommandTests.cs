using System.Text.Json;
using Steward.Tests.Support;

namespace Steward.Tests.Report;

/// <summary><c>steward report</c> from the command line: the page it writes, its data, the dry run and where it may write.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly TempGitRepository repo = ReportFixture.History();

    public void Dispose() => repo.Dispose();

    [Fact]
    public void Writes_one_page_into_release_report_and_says_so()
    {
        var before = repo.Git("status", "--porcelain", "--untracked-files=no");

        var result = Run("report");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Be("release-report/index.html: release report of 6 releases in 1 component\n");
        result.Error.Should().BeEmpty();
        Directory.GetFiles(repo.FullPath("release-report")).Select(Path.GetFileName).Should().Equal("index.html");
        var page = repo.ReadFile("release-report/index.html");
        page.Should().StartWith("<!DOCTYPE html>").And.Contain("Content-Security-Policy");
        foreach (var version in new[] { "1.0.0", "1.0.1", "1.0.2", "2.0.0-rc.1", "2.0.0", "2.1.0" })
        {
            page.Should().Contain($"data-version=\"{version}\"");
        }

        page.Should().Contain("escape &lt;script&gt;alert(1)&lt;/script&gt; in names", "the notes of a release with no changelog entry come from its commits");
        page.Should().NotContain("<script");
        page.Should().Contain("by Eve &amp; 'Co' &quot;quoted</li>", "git drops the closing quote of a name; the rest is escaped text");
        repo.Git("status", "--porcelain", "--untracked-files=no").Should().Be(before, "the report changes no tracked file");
        File.Exists(repo.FullPath(".git/steward/journal.json")).Should().BeFalse("a finished run leaves no journal");
    }

    [Fact]
    public void Json_prints_the_reports_data_with_the_retracted_release_and_todays_date()
    {
        var result = Run("report", "--json");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        root.GetProperty("file").GetString().Should().Be("release-report/index.html");
        var report = root.GetProperty("report");
        report.GetProperty("today").GetString().Should().Be("2026-11-21", "today is the command's clock");
        var component = report.GetProperty("components").EnumerateArray().Single();
        component.GetProperty("name").GetString().Should().Be("root");
        var lines = component.GetProperty("lines").EnumerateArray().ToList();
        lines.Select(l => l.GetProperty("name").GetString()).Should().Equal("2.x", "1.x");
        lines.Select(l => l.GetProperty("status").GetString()).Should().Equal("full", "security");
        lines[1].GetProperty("ends").GetString().Should().Be("2027-03-20");
        var releases = lines.SelectMany(l => l.GetProperty("releases").EnumerateArray()).ToDictionary(r => r.GetProperty("version").GetString()!);
        releases.Keys.Should().BeEquivalentTo("2.0.0-rc.1", "2.0.0", "2.1.0", "1.0.0", "1.0.1", "1.0.2");
        releases["2.1.0"].GetProperty("retracted").GetBoolean().Should().BeTrue();
        releases["2.1.0"].GetProperty("tag").ValueKind.Should().Be(JsonValueKind.Null, "rollback deleted the tag");
        releases["2.1.0"].GetProperty("date").GetString().Should().Be("2026-05-01", "the changelog heading keeps the date");
        releases["2.1.0"].GetProperty("notes").GetString().Should().Contain("> 2.1.0 was retracted.").And.Contain("a shiny feature that went wrong");
        releases["1.0.2"].GetProperty("kind").GetString().Should().Be("patch");
        releases["1.0.2"].GetProperty("date").GetString().Should().Be("2026-04-02");
        releases["1.0.2"].GetProperty("notes").GetString().Should().Contain("backport the parser fix");
        releases["2.0.0-rc.1"].GetProperty("kind").GetString().Should().Be("prerelease");
        releases["2.0.0"].GetProperty("kind").GetString().Should().Be("ga");
        releases["1.0.1"].GetProperty("notes").GetString().Should().Contain("&lt;script>alert(1)&lt;/script>", "the notes are the Markdown steward notes makes");
        component.GetProperty("cadence").EnumerateArray().Select(m => m.GetProperty("month").GetString() + ":" + m.GetProperty("total").GetInt32())
            .Should().Equal("2026-01:1", "2026-02:1", "2026-03:2", "2026-04:1");
    }

    [Fact]
    public void Dry_run_lists_the_page_and_writes_nothing()
    {
        var result = Run("report", "--dry-run");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().MatchRegex("create release-report/index.html \\([0-9]+ bytes, sha256 [0-9a-f]{64}\\)");
        result.Out.Should().EndWith("dry run: nothing was changed\n");
        Directory.Exists(repo.FullPath("release-report")).Should().BeFalse();

        var json = Run("report", "--dry-run", "--json");

        json.ExitCode.Should().Be(0, json.Error);
        using var plan = JsonDocument.Parse(json.Out);
        plan.RootElement.GetProperty("verb").GetString().Should().Be("report");
        plan.RootElement.GetProperty("steps").EnumerateArray().Single().GetProperty("kind").GetString().Should().Be("artifact");
        Directory.Exists(repo.FullPath("release-report")).Should().BeFalse();
    }

    [Fact]
    public void The_same_day_gives_the_same_page()
    {
        Run("report").ExitCode.Should().Be(0);
        var first = repo.ReadFile("release-report/index.html");

        Run("report").ExitCode.Should().Be(0);

        repo.ReadFile("release-report/index.html").Should().Be(first);
    }

    [Fact]
    public void Out_may_name_a_directory_outside_the_repository()
    {
        var outside = Path.Combine(Path.GetTempPath(), "steward-report-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = Run("report", "--out", outside);

            result.ExitCode.Should().Be(0, result.Error);
            File.Exists(Path.Combine(outside, "index.html")).Should().BeTrue();
        }
        finally
        {
            if (Directory.Exists(outside))
            {
                Directory.Delete(outside, recursive: true);
            }
        }
    }

    [Theory]
    [InlineData(".git/report")]
    [InlineData(".git")]
    public void Out_never_writes_into_git(string path)
    {
        var result = Run("report", "--out", path);

        result.ExitCode.Should().Be(2, result.Out);
        result.Error.Should().StartWith($"steward: error: --out {path}: ").And.Contain(".git");
        result.Error.TrimEnd('\n').Should().NotContain("\n");
        Directory.Exists(repo.FullPath(".git/report")).Should().BeFalse();
    }

    [Fact]
    public void Out_never_writes_through_a_committed_link()
    {
        var elsewhere = Directory.CreateTempSubdirectory("steward-report-link-");
        try
        {
            File.CreateSymbolicLink(repo.FullPath("site"), elsewhere.FullName);

            var result = Run("report", "--out", "site");

            result.ExitCode.Should().Be(2, result.Out);
            result.Error.Should().StartWith("steward: error: --out site: refusing to write through the symbolic link site");
            elsewhere.GetFiles().Should().BeEmpty();
        }
        finally
        {
            elsewhere.Delete(recursive: true);
        }
    }

    [Fact]
    public void Component_needs_a_monorepo()
    {
        var result = Run("report", "--component", "api");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("steward: error: ").And.Contain("--component");
    }

    private StewardResult Run(params string[] args) => StewardRunner.Run(repo.Root, null, repo.Environment, args);
}

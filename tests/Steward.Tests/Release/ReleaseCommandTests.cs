using Steward.Tests.Support;

namespace Steward.Tests.Release;

public sealed class ReleaseCommandTests : IDisposable
{
    private readonly ReleaseRepository project = new();

    private TempGitRepository Work => project.Work;

    public void Dispose() => project.Dispose();

    [Fact]
    public void Dry_run_prints_the_whole_plan_and_changes_nothing_here_or_on_the_remote()
    {
        var before = Work.Snapshot();
        var remoteBefore = project.Remote.Snapshot();

        var result = project.Release("--dry-run");

        result.ExitCode.Should().Be(0, result.Error);
        Work.Snapshot().Should().Be(before);
        project.Remote.Snapshot().Should().Be(remoteBefore);
        result.Out.Should().Contain("version: 1.1.0 (previous: 1.0.0)")
            .And.Contain("why: minor bump from 2 commits since v1.0.0")
            .And.Contain("+++ b/src/app/__init__.py")
            .And.Contain("-version = \"1.0.0\"  # kept in sync by steward\n+version = \"1.1.0\"  # kept in sync by steward")
            .And.Contain("  git tag --annotate --cleanup=whitespace --file=- -- v1.1.0  (message: the notes)\n")
            .And.EndWith("dry run: nothing was changed\n");
    }

    [Fact]
    public void Release_writes_every_file_commits_once_and_tags_with_the_notes()
    {
        var result = project.Release();

        result.ExitCode.Should().Be(0, result.Error);
        Work.ReadFile("VERSION").Should().Be("1.1.0\n");
        Work.ReadFile("src/app/__init__.py").Should().Be("__version__ = \"1.1.0\"\n");
        Work.ReadFile("pyproject.toml").Should().Contain("version = \"1.1.0\"  # kept in sync by steward");
        Work.Git("log", "-1", "--format=%s").Should().Be("chore(release): 1.1.0\n");
        Work.Git("rev-list", "--count", "v1.0.0..HEAD").Trim().Should().Be("3");
        Work.Git("rev-parse", "v1.1.0^{commit}").Should().Be(Work.Git("rev-parse", "HEAD"));
        Work.Git("cat-file", "-t", "v1.1.0").Trim().Should().Be("tag");
        Work.Git("status", "--porcelain").Should().BeEmpty();
        project.Remote.Git("tag", "-l").Should().NotContain("v1.1.0", "nothing is pushed without --push");
        result.Out.Should().Contain("released v1.1.0");
    }

    [Fact]
    public void Push_sends_branch_and_tag_together()
    {
        var result = project.Release("--push");

        result.ExitCode.Should().Be(0, result.Error);
        project.Remote.Git("rev-parse", "refs/tags/v1.1.0^{commit}").Should().Be(project.Remote.Git("rev-parse", "refs/heads/main"));
        project.Remote.Git("rev-parse", "refs/heads/main").Should().Be(Work.Git("rev-parse", "HEAD"));
    }

    [Fact]
    public void A_second_release_without_new_commits_has_nothing_to_release_and_exits_3()
    {
        project.Release().ExitCode.Should().Be(0);
        var before = Work.Snapshot();

        var again = project.Release();

        again.ExitCode.Should().Be(3);
        again.Error.Should().Be("steward: nothing to release: no commits since v1.1.0\n");
        Work.Snapshot().Should().Be(before);
    }

    [Fact]
    public void A_version_raised_by_hand_is_released_as_written()
    {
        Work.WriteFile("VERSION", "2.0.0\n");

        var result = project.Release();

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("why: VERSION was raised by hand to 2.0.0 (last release v1.0.0)");
        Work.Git("tag", "-l", "v2.0.0").Should().Be("v2.0.0\n");
        Work.ReadFile("src/app/__init__.py").Should().Be("__version__ = \"2.0.0\"\n");
        Work.Git("status", "--porcelain").Should().BeEmpty("the hand-edited VERSION joins the release commit");
    }

    [Fact]
    public void Prerelease_then_next_prerelease_then_the_release()
    {
        project.Release("--pre", "rc").ExitCode.Should().Be(0);
        Work.ReadFile("VERSION").Should().Be("1.1.0-rc.1\n");
        Work.ReadFile("pyproject.toml").Should().Contain("version = \"1.1.0rc1\"", "PEP 440 in Python files");

        Work.WriteFile("src/app/core.py", "x = 3\n");
        Work.Commit("fix: another");
        project.Release("--pre", "rc").ExitCode.Should().Be(0);
        Work.ReadFile("VERSION").Should().Be("1.1.0-rc.2\n");

        var final = project.Release();
        final.ExitCode.Should().Be(0, final.Error);
        Work.ReadFile("VERSION").Should().Be("1.1.0\n");
    }

    [Theory]
    [InlineData("--bump", "major", "2.0.0")]
    [InlineData("--as", "1.5.0", "1.5.0")]
    public void Forcing_says_so(string option, string value, string expected)
    {
        var result = project.Release(option, value);
        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain($"version: {expected}").And.Contain("forced");
    }

    [Fact]
    public void Json_prints_the_result()
    {
        var result = project.Release("--json");
        result.ExitCode.Should().Be(0, result.Error);
        var json = System.Text.Json.JsonDocument.Parse(result.Out).RootElement;
        json.GetProperty("version").GetString().Should().Be("1.1.0");
        json.GetProperty("tag").GetString().Should().Be("v1.1.0");
        json.GetProperty("commit").GetString().Should().Be(Work.Git("rev-parse", "HEAD").Trim());
        json.GetProperty("pushed").GetBoolean().Should().BeFalse();
        json.GetProperty("files").EnumerateArray().Select(f => f.GetString()).Should().Contain(["VERSION", "src/app/__init__.py", "pyproject.toml"]);
    }

    [Fact]
    public void Github_actions_outputs_are_written()
    {
        var outputFile = Path.Combine(Work.Root, "..", Path.GetFileName(Work.Root) + ".gh-output");
        var env = TestEnvironment.Create(new Dictionary<string, string?> { ["GITHUB_OUTPUT"] = outputFile, ["GITHUB_ACTIONS"] = "true" });
        try
        {
            var result = StewardRunner.Run(Work.Root, null, env, "release");
            result.ExitCode.Should().Be(0, result.Error);
            var lines = File.ReadAllLines(outputFile);
            lines.Should().Contain(["version=1.1.0", "tag=v1.1.0", "released=true"]);
            var notesFile = lines.Single(l => l.StartsWith("notes-file=", StringComparison.Ordinal))["notes-file=".Length..];
            File.Exists(notesFile).Should().BeTrue();
        }
        finally
        {
            File.Delete(outputFile);
        }
    }

    [Fact]
    public void Release_writes_the_changelog_entry_and_keeps_one_edited_by_hand()
    {
        var first = project.Release("--dry-run");
        first.Out.Should().Contain("+++ b/CHANGELOG.md").And.Contain("+## 1.1.0 - 2026-11-21");

        Work.WriteFile("CHANGELOG.md", "# Changelog\n\n## 1.1.0 - 2026-11-21\n\nHand-written highlights of 1.1.0.\n");
        Work.Commit("docs: curate the 1.1.0 notes");

        var result = project.Release();

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("CHANGELOG.md: keeping the existing entry for 1.1.0 as it is");
        Work.ReadFile("CHANGELOG.md").Should().Be("# Changelog\n\n## 1.1.0 - 2026-11-21\n\nHand-written highlights of 1.1.0.\n");
        Work.Git("tag", "-l", "--format=%(contents)", "v1.1.0").Should().Be("Hand-written highlights of 1.1.0.\n\n", "the entry is the release's notes");
    }
}

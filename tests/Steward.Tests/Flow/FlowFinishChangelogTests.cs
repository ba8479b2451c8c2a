using System.Text.RegularExpressions;
using Steward.Tests.Support;

namespace Steward.Tests.Flow;

/// <summary>
/// The release and hotfix finishes write the release's CHANGELOG.md entry as steward release does: committed on the
/// branch before the merge, so main has it once and develop gets it through the back-merge.
/// </summary>
public sealed class FlowFinishChangelogTests : IDisposable
{
    private readonly TempGitRepository remote;
    private readonly TempGitRepository work;

    public FlowFinishChangelogTests()
    {
        (remote, work) = FlowFixture.WithFeatureOnDevelop();
    }

    public void Dispose()
    {
        work.Dispose();
        remote.Dispose();
    }

    [Fact]
    public void Release_and_hotfix_finishes_add_their_entries_once_on_main_and_develop_gets_them_by_the_back_merge()
    {
        StewardRunner.Run(work.Root, "flow", "release", "start").ExitCode.Should().Be(0);
        work.Commit("fix: search edge case");

        var release = StewardRunner.Run(work.Root, "flow", "release", "finish", "--push");

        release.ExitCode.Should().Be(0, release.Error);
        release.Out.Should().Contain("Committed CHANGELOG.md on release/v1.1.0\n");
        var mainLog = work.Git("show", "main:CHANGELOG.md");
        Occurrences(mainLog, "## 1.1.0 ").Should().Be(1, mainLog);
        mainLog.Should().Contain("- search").And.Contain("- search edge case");
        work.Git("show", "develop:CHANGELOG.md").Should().Be(mainLog);
        remote.Git("show", "main:CHANGELOG.md").Should().Be(mainLog);
        work.Git("log", "-1", "--format=%s", "main^2").Trim().Should().Be("chore(release): 1.1.0", "the entry is committed on the release branch, with release.commitMessage");

        work.Git("switch", "-q", "main");
        StewardRunner.Run(work.Root, "flow", "hotfix", "start").ExitCode.Should().Be(0);
        work.WriteFile("app.txt", "fixed\nline 2\nline 3\n");
        work.Commit("fix: urgent");

        var hotfix = StewardRunner.Run(work.Root, "flow", "hotfix", "finish");

        hotfix.ExitCode.Should().Be(0, hotfix.Error);
        var afterHotfix = work.Git("show", "main:CHANGELOG.md");
        Occurrences(afterHotfix, "## 1.1.1 ").Should().Be(1, afterHotfix);
        Occurrences(afterHotfix, "## 1.1.0 ").Should().Be(1, afterHotfix);
        afterHotfix.IndexOf("## 1.1.1 ", StringComparison.Ordinal).Should().BeLessThan(afterHotfix.IndexOf("## 1.1.0 ", StringComparison.Ordinal));
        afterHotfix.Should().Contain("- urgent");
        work.Git("show", "develop:CHANGELOG.md").Should().Be(afterHotfix);
        work.Git("tag", "--list", "--format=%(contents)", "v1.1.1").Should().Contain("- urgent", "the tag message carries the notes");
    }

    [Fact]
    public void An_entry_written_before_the_finish_is_kept_as_it_is()
    {
        StewardRunner.Run(work.Root, "flow", "release", "start").ExitCode.Should().Be(0);
        StewardRunner.Run(work.Root, "changelog", "--version", "1.1.0").ExitCode.Should().Be(0);
        work.WriteFile("CHANGELOG.md", work.ReadFile("CHANGELOG.md").Replace("- search", "- search, curated by hand", StringComparison.Ordinal));
        work.Commit("docs: curate the changelog");
        var curated = work.ReadFile("CHANGELOG.md");

        var result = StewardRunner.Run(work.Root, "flow", "release", "finish");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().NotContain("Committed CHANGELOG.md");
        work.Git("show", "main:CHANGELOG.md").Should().Be(curated);
        work.Git("show", "develop:CHANGELOG.md").Should().Be(curated);
    }

    [Fact]
    public void The_changelog_file_and_template_of_steward_yml_are_honoured()
    {
        work.WriteFile("steward.yml", work.ReadFile("steward.yml") + "changelog:\n  file: docs/CHANGES.md\n  template: github\n");
        work.Commit("chore: changelog settings");
        StewardRunner.Run(work.Root, "flow", "release", "start").ExitCode.Should().Be(0);

        var result = StewardRunner.Run(work.Root, "flow", "release", "finish");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("Committed docs/CHANGES.md on release/v1.1.0\n");
        work.Git("ls-tree", "--name-only", "main", "CHANGELOG.md").Should().BeEmpty();
        var changes = work.Git("show", "main:docs/CHANGES.md");
        changes.Should().NotContain("## 1.1.0 ", "the github template is not keepachangelog's").And.Contain("1.1.0").And.Contain("search");
        work.Git("show", "develop:docs/CHANGES.md").Should().Be(changes);
    }

    [Fact]
    public void Dry_run_prints_the_changelog_diff_and_the_steps_and_changes_nothing()
    {
        StewardRunner.Run(work.Root, "flow", "release", "start").ExitCode.Should().Be(0);
        work.Git("push", "-q", "origin", "release/v1.1.0");
        var before = work.Snapshot();
        var remoteBefore = remote.Snapshot();

        var result = StewardRunner.Run(work.Root, "flow", "release", "finish", "--push", "--dry-run");

        result.ExitCode.Should().Be(0, result.Error);
        Golden.Assert("Flow/release-finish-dry-run.txt", Regex.Replace(result.Out, "`[0-9a-f]{7}`", "`SHA`"));
        work.Snapshot().Should().Be(before);
        remote.Snapshot().Should().Be(remoteBefore);
    }

    private static int Occurrences(string text, string what) => Regex.Count(text, Regex.Escape(what));
}

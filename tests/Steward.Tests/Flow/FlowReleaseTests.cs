using Steward.Tests.Support;

namespace Steward.Tests.Flow;

public sealed class FlowReleaseTests : IDisposable
{
    private readonly TempGitRepository remote;
    private readonly TempGitRepository work;

    public FlowReleaseTests()
    {
        (remote, work) = FlowFixture.WithFeatureOnDevelop();
    }

    public void Dispose()
    {
        work.Dispose();
        remote.Dispose();
    }

    [Fact]
    public void Start_computes_the_version_from_develop_and_commits_VERSION_and_its_targets_on_the_release_branch()
    {
        work.WriteFile("package.json", "{\n  \"name\": \"app\",\n  \"version\": \"1.0.0\"\n}\n");
        work.Commit("chore: package");

        var result = StewardRunner.Run(work.Root, "flow", "release", "start");

        result.ExitCode.Should().Be(0, result.Error);
        // The reason is worded as steward next and steward release word it: the level, the range and the deciding commits.
        result.Out.Should().MatchRegex(@"^Created release/v1\.1\.0 from develop for 1\.1\.0 \(minor bump from 3 commits since v1\.0\.0: [0-9a-f]{7} feat: search\)\n"
            + @"Committed VERSION, package\.json with 1\.1\.0\n$");
        work.ReadFile("package.json").Should().Be("{\n  \"name\": \"app\",\n  \"version\": \"1.1.0\"\n}\n");
        work.Git("symbolic-ref", "--short", "HEAD").Trim().Should().Be("release/v1.1.0");
        work.ReadFile("VERSION").Should().Be("1.1.0\n");
        work.Git("log", "-1", "--format=%s").Trim().Should().Be("chore(release): prepare 1.1.0");
        work.Git("status", "--porcelain").Should().BeEmpty();
    }

    [Fact]
    public void Start_takes_forced_levels_versions_and_prerelease_channels()
    {
        StewardRunner.Run(work.Root, "flow", "release", "start", "--bump", "major").Out.Should().StartWith("Created release/v2.0.0 from develop for 2.0.0 (forced major bump with --bump (the commits since v1.0.0 ask for minor))");
        work.Git("switch", "-q", "develop");
        work.Git("branch", "-D", "release/v2.0.0");
        StewardRunner.Run(work.Root, "flow", "release", "start", "--pre", "rc").Out.Should().StartWith("Created release/v1.1.0 from develop for 1.1.0-rc.1");
        work.Git("switch", "-q", "develop");
        work.Git("branch", "-D", "release/v1.1.0");
        StewardRunner.Run(work.Root, "flow", "release", "start", "--as", "1.5.0").Out.Should().StartWith("Created release/v1.5.0 from develop for 1.5.0 (forced with --as (the commits since v1.0.0 ask for minor))");
    }

    [Fact]
    public void Nothing_to_release_exits_3_and_changes_nothing()
    {
        work.Git("reset", "-q", "--hard", "main");
        work.Commit("docs: readme");
        var before = work.Snapshot();

        var result = StewardRunner.Run(work.Root, "flow", "release", "start");

        result.ExitCode.Should().Be(3);
        result.Error.Should().Be("steward: nothing to release: 2 commits since v1.0.0, none releasable (feat, fix, perf or a breaking change)\n");
        work.Snapshot().Should().Be(before);
    }

    [Fact]
    public void Finish_merges_into_main_tags_with_notes_merges_back_and_pushes_atomically()
    {
        StewardRunner.Run(work.Root, "flow", "release", "start").ExitCode.Should().Be(0);
        work.WriteFile("search.txt", "search, fixed\n");
        work.Commit("fix: search edge case");
        work.Git("push", "-q", "origin", "release/v1.1.0");

        var result = StewardRunner.Run(work.Root, "flow", "release", "finish", "--push");

        result.ExitCode.Should().Be(0, result.Error);
        Golden.Assert("Flow/release-finish.txt", result.Out);
        work.Git("symbolic-ref", "--short", "HEAD").Trim().Should().Be("develop");
        work.Git("cat-file", "-t", "v1.1.0").Trim().Should().Be("tag");
        FlowFixture.Sha(work, "v1.1.0^{commit}").Should().Be(FlowFixture.Sha(work, "main"));
        work.Git("rev-list", "--parents", "-n", "1", "main").Trim().Split(' ').Should().HaveCount(3, "main gets a merge commit");
        work.Git("merge-base", "--is-ancestor", "main", "develop");
        work.Git("show", "develop:VERSION").Should().Be("1.1.0\n");
        Golden.Assert("Flow/release-tag-message.txt", System.Text.RegularExpressions.Regex.Replace(work.Git("tag", "--list", "--format=%(contents)", "v1.1.0"), "`[0-9a-f]{7}`", "`SHA`"));
        work.Git("branch", "--list", "release/*").Should().BeEmpty();
        foreach (var reference in new[] { "main", "develop", "v1.1.0" })
        {
            remote.Git("rev-parse", reference).Should().Be(work.Git("rev-parse", reference));
        }

        remote.Git("branch", "--list", "release/*").Should().BeEmpty();
    }

    [Fact]
    public void A_back_merge_conflict_can_be_aborted_after_main_was_merged_and_tagged()
    {
        StewardRunner.Run(work.Root, "flow", "release", "start");
        work.WriteFile("app.txt", "release wording\nline 2\nline 3\n");
        work.Commit("fix: release wording");
        work.Git("switch", "-q", "develop");
        work.WriteFile("app.txt", "develop wording\nline 2\nline 3\n");
        work.Commit("feat: develop wording");
        work.Git("switch", "-q", "release/v1.1.0");
        var before = work.Snapshot();

        var result = StewardRunner.Run(work.Root, "flow", "release", "finish");

        result.ExitCode.Should().Be(1);
        result.Out.Should().Be("preflight: tag v1.1.0 is free here and on 'origin'\nCommitted CHANGELOG.md on release/v1.1.0\nMerged release/v1.1.0 into main\nTagged v1.1.0 on main\n");
        result.Error.Should().Be("steward: error: merging main into develop conflicts in app.txt; resolve them and 'git add' them, "
            + "then run 'steward flow release finish --continue' (or '--abort' to undo the finish)\n");

        var abort = StewardRunner.Run(work.Root, "flow", "release", "finish", "--abort");

        abort.ExitCode.Should().Be(0, abort.Error);
        work.Snapshot().Should().Be(before, "main, develop, the tag, HEAD and the files are all as before");
        work.Git("tag", "--list", "v1.1.0").Should().BeEmpty();
    }

    [Fact]
    public void The_release_gates_run_before_the_finish_and_a_failing_one_changes_nothing()
    {
        StewardRunner.Run(work.Root, "flow", "release", "start").ExitCode.Should().Be(0);
        work.WriteFile("steward.yml", work.ReadFile("steward.yml") + "release:\n  gates:\n    - name: tests\n      command: ['git', 'no-such-command']\n");
        work.Commit("chore: gate");
        var before = work.Snapshot();

        var failed = StewardRunner.Run(work.Root, "flow", "release", "finish");

        failed.ExitCode.Should().Be(1);
        failed.Error.Should().StartWith("steward: error: gate 'tests' failed (exit code 1); nothing was changed;");
        work.Snapshot().Should().Be(before);

        work.WriteFile("steward.yml", work.ReadFile("steward.yml").Replace("no-such-command", "--version", StringComparison.Ordinal));
        work.Commit("chore: passing gate");
        var passed = StewardRunner.Run(work.Root, "flow", "release", "finish");

        passed.ExitCode.Should().Be(0, passed.Error);
        passed.Out.Should().Contain("gate 'tests': passed").And.Contain("Tagged v1.1.0 on main");
    }

    [Fact]
    public void A_rejected_push_undoes_the_whole_finish()
    {
        StewardRunner.Run(work.Root, "flow", "release", "start");
        work.Git("push", "-q", "origin", "release/v1.1.0");

        // The preflight refuses a branch behind the remote before any step; a remote that refuses the deletion of the
        // release branch rejects the whole atomic push only at the end.
        remote.Git("config", "receive.denyDeletes", "true");
        var before = work.Snapshot();
        var remoteBefore = remote.Git("for-each-ref");

        var result = StewardRunner.Run(work.Root, "flow", "release", "finish", "--push");

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("steward: error: push to origin rejected (").And.EndWith("the finish was undone and origin is unchanged; pull, then rerun\n");
        work.Snapshot().Should().Be(before);
        remote.Git("for-each-ref").Should().Be(remoteBefore);
    }

    [Fact]
    public void Hotfix_goes_onto_main_and_into_the_open_release_branch_through_a_VERSION_conflict()
    {
        StewardRunner.Run(work.Root, "flow", "release", "start").ExitCode.Should().Be(0);
        work.Git("switch", "-q", "main");

        var start = StewardRunner.Run(work.Root, "flow", "hotfix", "start");
        start.ExitCode.Should().Be(0, start.Error);
        start.Out.Should().StartWith("Created hotfix/v1.0.1 from v1.0.0 for 1.0.1 (patch of v1.0.0)");
        work.WriteFile("app.txt", "fixed\nline 2\nline 3\n");
        work.Commit("fix: urgent");

        var finish = StewardRunner.Run(work.Root, "flow", "hotfix", "finish");
        finish.ExitCode.Should().Be(1);
        finish.Error.Should().StartWith("steward: error: merging main into release/v1.1.0 conflicts in VERSION;");

        work.Git("checkout", "--ours", "--", "VERSION");
        work.Git("add", "VERSION");
        var resumed = StewardRunner.Run(work.Root, "flow", "hotfix", "finish", "--continue");

        resumed.ExitCode.Should().Be(0, resumed.Error);
        work.Git("symbolic-ref", "--short", "HEAD").Trim().Should().Be("release/v1.1.0");
        FlowFixture.Sha(work, "v1.0.1^{commit}").Should().Be(FlowFixture.Sha(work, "main"));
        work.Git("show", "main:VERSION").Should().Be("1.0.1\n");
        work.Git("show", "release/v1.1.0:VERSION").Should().Be("1.1.0\n");
        work.Git("show", "release/v1.1.0:app.txt").Should().StartWith("fixed\n");
        work.Git("branch", "--list", "hotfix/*").Should().BeEmpty();
    }

    [Fact]
    public void Hotfix_without_a_release_branch_merges_back_into_develop_and_syncs_downstream()
    {
        work.Git("switch", "-q", "main");
        work.WriteFile("steward.yml", work.ReadFile("steward.yml") + "  sync:\n    - branch: cloud\n");
        work.Commit("fix: cloud follows main");
        work.Tag("v1.0.1");
        work.Git("branch", "cloud", "v1.0.0");
        StewardRunner.Run(work.Root, "flow", "hotfix", "start", "login-crash").ExitCode.Should().Be(0);
        work.Git("symbolic-ref", "--short", "HEAD").Trim().Should().Be("hotfix/login-crash");
        work.Commit("fix: login crash");

        var result = StewardRunner.Run(work.Root, "flow", "hotfix", "finish", "login-crash");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("Merged main into develop\n").And.Contain("cloud: fast-forwarded to main");
        work.Git("merge-base", "--is-ancestor", "v1.0.2", "develop");
        FlowFixture.Sha(work, "cloud").Should().Be(FlowFixture.Sha(work, "main"));
    }

    [Theory]
    [InlineData("release-finish-not-on-release", 2, "flow", "release", "finish")]
    [InlineData("release-start-bad-bump", 2, "flow", "release", "start", "--bump", "huge")]
    [InlineData("release-start-bad-as", 2, "flow", "release", "start", "--as", "one")]
    [InlineData("hotfix-abort-nothing", 1, "flow", "hotfix", "finish", "--abort")]
    public void Bad_input_is_one_line_and_changes_nothing(string name, int code, params string[] args) =>
        FlowFixture.AssertRefusedWithoutChange(work, name, code, args);

    [Fact]
    public void A_second_release_branch_or_a_released_version_is_refused()
    {
        StewardRunner.Run(work.Root, "flow", "release", "start").ExitCode.Should().Be(0);
        var second = StewardRunner.Run(work.Root, "flow", "release", "start");
        second.ExitCode.Should().Be(1);
        second.Error.Should().Be("steward: error: release branch release/v1.1.0 is open; finish it ('steward flow release finish') before starting another\n");

        work.Tag("v1.1.0", "main");
        var before = work.Snapshot();
        var tagged = StewardRunner.Run(work.Root, "flow", "release", "finish");
        tagged.ExitCode.Should().Be(2, "steward release's code for a tag that exists here");
        tagged.Error.Should().Be("steward: error: tag v1.1.0 already exists here; that version is released (raise VERSION, or use --bump/--as)\n");
        work.Snapshot().Should().Be(before);
    }
}

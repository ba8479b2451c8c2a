using Steward.Tests.Support;

namespace Steward.Tests.Flow;

public sealed class FlowFeatureTests : IDisposable
{
    private readonly TempGitRepository remote;
    private readonly TempGitRepository work;

    public FlowFeatureTests()
    {
        (remote, work) = FlowFixture.WithRemote();
        StewardRunner.Run(work.Root, "flow", "init").ExitCode.Should().Be(0);
        work.Git("push", "-q", "origin", "main", "develop");
    }

    public void Dispose()
    {
        work.Dispose();
        remote.Dispose();
    }

    [Fact]
    public void Init_writes_the_section_once_keeps_the_file_and_creates_develop_from_main()
    {
        using var fresh = TempGitRepository.Create();
        fresh.WriteFile("steward.yml", "# project settings\ntagPrefix: v\n");
        var main = fresh.Commit("feat: start");

        var first = StewardRunner.Run(fresh.Root, "flow", "init");
        var second = StewardRunner.Run(fresh.Root, "flow", "init");

        first.ExitCode.Should().Be(0, first.Error);
        first.Out.Should().Be("steward.yml: wrote the flow section and committed it on main (chore(flow): add the flow section to steward.yml)\ndevelop: created from main\n");
        second.Out.Should().Be("steward.yml: has a flow section already; left as it is\ndevelop: exists\n");
        Golden.Assert("Flow/init-steward.yml.txt", fresh.ReadFile("steward.yml"));
        fresh.Git("show", "main:steward.yml").Should().Be(fresh.ReadFile("steward.yml"));
        fresh.Git("rev-parse", "main^").Trim().Should().Be(main);
        fresh.Git("log", "-1", "--format=%s", "main").Trim().Should().Be("chore(flow): add the flow section to steward.yml");
        fresh.Git("diff-tree", "--no-commit-id", "--name-only", "-r", "main").Should().Be("steward.yml\n");
        FlowFixture.Sha(fresh, "develop").Should().Be(FlowFixture.Sha(fresh, "main"), "develop starts with the flow section");
        fresh.Git("status", "--porcelain").Should().BeEmpty();
    }

    [Fact]
    public void Init_commits_only_steward_yml_and_leaves_it_uncommitted_with_no_commit_or_with_edits_of_the_user()
    {
        using var fresh = TempGitRepository.Create();
        fresh.Commit("feat: start");
        fresh.WriteFile("staged.txt", "not for the flow commit\n");
        fresh.Git("add", "staged.txt");

        var committed = StewardRunner.Run(fresh.Root, "flow", "init");

        committed.ExitCode.Should().Be(0, committed.Error);
        fresh.Git("diff-tree", "--no-commit-id", "--name-only", "-r", "main").Should().Be("steward.yml\n");
        fresh.Git("status", "--porcelain").Should().Be("A  staged.txt\n", "what the user staged stays staged, uncommitted");

        using var optedOut = TempGitRepository.Create();
        optedOut.Commit("feat: start");
        var noCommit = StewardRunner.Run(optedOut.Root, "flow", "init", "--no-commit");
        noCommit.Out.Should().StartWith("steward.yml: wrote the flow section (not committed: --no-commit); review and commit it\n");
        optedOut.Git("status", "--porcelain").Should().Be("?? steward.yml\n");

        using var edited = TempGitRepository.Create();
        edited.WriteFile("steward.yml", "tagPrefix: v\n");
        edited.Commit("feat: start");
        edited.WriteFile("steward.yml", "tagPrefix: v\n# being edited\n");
        var withEdits = StewardRunner.Run(edited.Root, "flow", "init");
        withEdits.Out.Should().StartWith("steward.yml: wrote the flow section, not committed because the file had uncommitted changes of yours; review and commit it\n");
        edited.Git("log", "--format=%s").Should().Be("feat: start\n");
    }

    [Fact]
    public void Init_whose_commit_git_refuses_leaves_every_file_and_ref_as_it_was()
    {
        using var fresh = TempGitRepository.Create();
        fresh.Commit("feat: start");
        var hooks = Path.Combine(fresh.Root, ".git", "refusing-hooks");
        Directory.CreateDirectory(hooks);
        File.WriteAllText(Path.Combine(hooks, "pre-commit"), "#!/bin/sh\nexit 1\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(hooks, "pre-commit"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var before = fresh.Snapshot();

        var result = StewardRunner.Run(fresh.Root, null, TestEnvironment.Create(new Dictionary<string, string?> { ["GIT_CONFIG_VALUE_3"] = hooks }), "flow", "init");

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("steward: error: steward.yml: committing the flow section failed, so the file is as it was: ");
        result.Error.Count(c => c == '\n').Should().Be(1);
        fresh.Snapshot().Should().Be(before);
    }

    [Fact]
    public void Start_branches_from_develop_and_finish_merges_without_fast_forward_and_deletes()
    {
        StewardRunner.Run(work.Root, "flow", "feature", "start", "login").ExitCode.Should().Be(0);
        work.Git("symbolic-ref", "--short", "HEAD").Trim().Should().Be("feature/login");
        work.WriteFile("login.txt", "login\n");
        var feature = work.Commit("feat: login");

        var result = StewardRunner.Run(work.Root, "flow", "feature", "finish");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Be("Merged feature/login into develop\nDeleted branch feature/login\n");
        work.Git("symbolic-ref", "--short", "HEAD").Trim().Should().Be("develop");
        work.Git("rev-parse", "develop^2").Trim().Should().Be(feature);
        work.Git("branch", "--list", "feature/login").Should().BeEmpty();
    }

    [Fact]
    public void Keep_and_push_keep_the_branch_and_push_develop()
    {
        StewardRunner.Run(work.Root, "flow", "feature", "start", "search");
        work.Commit("feat: search");
        work.Git("push", "-q", "origin", "feature/search");

        var kept = StewardRunner.Run(work.Root, "flow", "feature", "finish", "search", "--keep", "--push");

        kept.ExitCode.Should().Be(0, kept.Error);
        work.Git("branch", "--list", "feature/search").Should().Contain("feature/search");
        remote.Git("rev-parse", "develop").Should().Be(work.Git("rev-parse", "develop"));
        remote.Git("branch", "--list", "feature/search").Should().Contain("feature/search");
    }

    [Fact]
    public void Finish_with_push_deletes_the_remote_branch_in_the_same_push()
    {
        StewardRunner.Run(work.Root, "flow", "feature", "start", "search");
        work.Commit("feat: search");
        work.Git("push", "-q", "origin", "feature/search");

        var result = StewardRunner.Run(work.Root, "flow", "feature", "finish", "--push");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().EndWith("Pushed develop, deletion of feature/search to origin\n");
        remote.Git("branch", "--list", "feature/search").Should().BeEmpty();
        remote.Git("rev-parse", "develop").Should().Be(work.Git("rev-parse", "develop"));
    }

    [Fact]
    public void A_conflict_stops_in_git_merge_state_and_abort_restores_everything()
    {
        var (before, _) = Conflicting();

        var result = StewardRunner.Run(work.Root, "flow", "feature", "finish");

        result.ExitCode.Should().Be(1);
        Golden.Assert("Flow/feature-finish-conflict.txt", result.Error);
        work.Git("symbolic-ref", "--short", "HEAD").Trim().Should().Be("develop");
        File.Exists(work.FullPath(".git/MERGE_HEAD")).Should().BeTrue();
        File.Exists(work.FullPath(".git/steward/journal.json")).Should().BeTrue();

        var again = StewardRunner.Run(work.Root, "flow", "feature", "finish", "other");
        again.ExitCode.Should().Be(1);
        again.Error.Should().Be("steward: error: 'flow feature finish' of feature/clash is in progress; run 'steward flow feature finish --continue' or '--abort' first\n");

        var abort = StewardRunner.Run(work.Root, "flow", "feature", "finish", "--abort");

        abort.ExitCode.Should().Be(0, abort.Error);
        abort.Out.Should().Be("Aborted 'flow feature finish' of feature/clash: every branch and tag is back where it was.\n");
        work.Snapshot().Should().Be(before);
        File.Exists(work.FullPath(".git/steward/journal.json")).Should().BeFalse();
    }

    [Fact]
    public void A_resolved_conflict_continues_to_the_end()
    {
        var (_, feature) = Conflicting();
        StewardRunner.Run(work.Root, "flow", "feature", "finish").ExitCode.Should().Be(1);

        var early = StewardRunner.Run(work.Root, "flow", "feature", "finish", "--continue");
        early.ExitCode.Should().Be(1);
        early.Error.Should().Be("steward: error: still unmerged: app.txt; resolve them, 'git add' them, then run 'steward flow feature finish --continue'\n");

        work.WriteFile("app.txt", "both\nline 2\nline 3\n");
        work.Git("add", "app.txt");
        var result = StewardRunner.Run(work.Root, "flow", "feature", "finish", "--continue");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Be("Merged feature/clash into develop\nDeleted branch feature/clash\n");
        work.Git("rev-parse", "develop^2").Trim().Should().Be(feature);
        work.ReadFile("app.txt").Should().Be("both\nline 2\nline 3\n");
        File.Exists(work.FullPath(".git/steward/journal.json")).Should().BeFalse();
    }

    [Theory]
    [InlineData("feature-finish-not-on-feature", 2, "flow", "feature", "finish")]
    [InlineData("feature-finish-unknown", 2, "flow", "feature", "finish", "nope")]
    [InlineData("feature-start-bad-name", 2, "flow", "feature", "start", "bad..name")]
    [InlineData("feature-continue-nothing", 1, "flow", "feature", "finish", "--continue")]
    [InlineData("feature-continue-with-name", 2, "flow", "feature", "finish", "x", "--continue")]
    public void Bad_input_is_one_line_and_changes_nothing(string name, int code, params string[] args) =>
        FlowFixture.AssertRefusedWithoutChange(work, name, code, args);

    [Fact]
    public void Start_of_an_existing_feature_or_without_develop_is_refused()
    {
        StewardRunner.Run(work.Root, "flow", "feature", "start", "x").ExitCode.Should().Be(0);
        work.Git("switch", "-q", "main");
        var twice = StewardRunner.Run(work.Root, "flow", "feature", "start", "x");
        twice.ExitCode.Should().Be(1);
        twice.Error.Should().Be("steward: error: branch feature/x already exists; switch to it ('git switch feature/x') or choose another name\n");

        work.Git("branch", "-D", "develop");
        var noDevelop = StewardRunner.Run(work.Root, "flow", "feature", "start", "y");
        noDevelop.ExitCode.Should().Be(2);
        noDevelop.Error.Should().Be("steward: error: branch develop does not exist; create it (steward flow init creates develop from main)\n");
    }

    [Fact]
    public void A_dirty_tree_stops_finish_before_any_change()
    {
        StewardRunner.Run(work.Root, "flow", "feature", "start", "x");
        work.Commit("feat: x");
        work.WriteFile("app.txt", "edited\n");
        var before = work.Snapshot();

        var result = StewardRunner.Run(work.Root, "flow", "feature", "finish");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("steward: error: the working tree has uncommitted changes (app.txt); commit or stash them before finishing feature/x\n");
        work.Snapshot().Should().Be(before);
    }

    // develop and feature/clash both change the first line of app.txt; HEAD on the feature.
    private (string Snapshot, string Feature) Conflicting()
    {
        StewardRunner.Run(work.Root, "flow", "feature", "start", "clash");
        work.WriteFile("app.txt", "feature\nline 2\nline 3\n");
        var feature = work.Commit("feat: feature wording");
        work.Git("switch", "-q", "develop");
        work.WriteFile("app.txt", "develop\nline 2\nline 3\n");
        work.Commit("feat: develop wording");
        work.Git("switch", "-q", "feature/clash");
        return (work.Snapshot(), feature);
    }
}

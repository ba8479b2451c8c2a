using Steward.Tests.Support;

namespace Steward.Tests.Flow;

public sealed class SyncCommandTests : IDisposable
{
    private const string Config = "flow:\n  sync:\n    - branch: cloud\n    - branch: edge\n      from: main\n";
    private readonly TempGitRepository remote;
    private readonly TempGitRepository work;

    public SyncCommandTests()
    {
        (remote, work) = FlowFixture.WithRemote();
        work.WriteFile("steward.yml", Config);
        work.Commit("chore: sync config");
        work.Git("branch", "cloud");
        work.Git("branch", "edge");
        work.Git("switch", "-q", "cloud");
        work.WriteFile("cloud.txt", "cloud only\n");
        work.Commit("feat: cloud settings");
        work.Git("switch", "-q", "edge");
        work.WriteFile("app.txt", "edge line 1\nline 2\nline 3\n");
        work.Commit("feat: edge wording");
        work.Git("switch", "-q", "main");
        work.Git("push", "-q", "origin", "main", "cloud", "edge");
    }

    public void Dispose()
    {
        work.Dispose();
        remote.Dispose();
    }

    [Fact]
    public void A_conflict_stops_only_its_branch_and_the_others_sync_and_push()
    {
        work.WriteFile("app.txt", "main line 1\nline 2\nline 3\n");
        var mainSha = work.Commit("fix: main wording");
        var edgeBefore = FlowFixture.Sha(work, "edge");
        var head = work.Git("status", "--porcelain=v1", "--branch");

        var result = StewardRunner.Run(work.Root, "sync", "--push");

        result.ExitCode.Should().Be(1);
        Golden.Assert("Flow/sync-conflict.err.txt", result.Error);
        result.Out.Should().MatchRegex("^cloud: merged main \\([0-9a-f]{7}\\), pushed to origin\n$");
        work.Git("rev-parse", "cloud^1", "cloud^2").Should().Contain(mainSha);
        work.Git("show", "cloud:app.txt").Should().Be("main line 1\nline 2\nline 3\n");
        work.Git("show", "cloud:cloud.txt").Should().Be("cloud only\n");
        remote.Git("rev-parse", "cloud").Should().Be(work.Git("rev-parse", "cloud"));
        FlowFixture.Sha(work, "edge").Should().Be(edgeBefore);
        remote.Git("rev-parse", "edge").Trim().Should().Be(edgeBefore);
        work.Git("status", "--porcelain=v1", "--branch").Should().Be(head, "the work tree and HEAD are not touched");
    }

    [Fact]
    public void Steward_release_on_main_syncs_the_branches_that_follow_main_and_pushes_them_with_the_release()
    {
        work.Commit("fix: released on main");

        var result = StewardRunner.Run(work.Root, "release", "--push");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().MatchRegex("cloud: merged main \\([0-9a-f]{7}\\), pushed to origin\n");
        result.Out.Should().MatchRegex("edge: merged main \\([0-9a-f]{7}\\), pushed to origin\n");
        work.Git("merge-base", "--is-ancestor", "v1.0.1", "cloud");
        remote.Git("rev-parse", "cloud").Should().Be(work.Git("rev-parse", "cloud"));
        work.Git("symbolic-ref", "--short", "HEAD").Trim().Should().Be("main");
    }

    [Fact]
    public void Up_to_date_and_fast_forward_need_no_merge_commit()
    {
        var first = StewardRunner.Run(work.Root, "sync", "cloud");
        first.Out.Should().Be("cloud: up to date with main\n");

        work.Git("branch", "follower", "main~1");
        work.WriteFile("steward.yml", Config + "    - branch: follower\n");
        var main = work.Commit("chore: follower");
        var result = StewardRunner.Run(work.Root, "sync", "follower");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Be($"follower: fast-forwarded to main ({main[..7]})\n");
        FlowFixture.Sha(work, "follower").Should().Be(main);
    }

    [Fact]
    public void A_branch_that_exists_only_on_the_remote_is_synced_from_there()
    {
        work.Git("branch", "-D", "cloud");
        work.Commit("feat: more on main");

        var result = StewardRunner.Run(work.Root, "sync", "cloud", "--push");

        result.ExitCode.Should().Be(0, result.Error);
        work.Git("show", "cloud:cloud.txt").Should().Be("cloud only\n");
        remote.Git("rev-parse", "cloud").Should().Be(work.Git("rev-parse", "cloud"));
    }

    [Fact]
    public void A_rejected_push_moves_every_branch_back()
    {
        using var other = TempGitRepository.Clone(remote.Root);
        other.Git("switch", "-q", "cloud");
        other.Commit("feat: pushed elsewhere");
        other.Git("push", "-q", "origin", "cloud");
        work.Commit("feat: more on main");
        var before = work.Snapshot();
        var remoteBefore = remote.Git("for-each-ref");

        var result = StewardRunner.Run(work.Root, "sync", "cloud", "--push");

        result.ExitCode.Should().Be(1);
        result.Error.Should().StartWith("steward: error: push to origin rejected").And.EndWith("no branch was synced here or on origin; fetch and rerun\n");
        work.Snapshot().Should().Be(before);
        remote.Git("for-each-ref").Should().Be(remoteBefore);
    }

    [Fact]
    public void A_checked_out_branch_is_reported_and_left_alone()
    {
        work.Git("switch", "-q", "cloud");
        work.Git("commit", "-q", "--allow-empty", "-m", "chore: x");
        var before = work.Snapshot();

        var result = StewardRunner.Run(work.Root, "sync", "cloud");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("steward: error: cloud: checked out in a work tree, so sync will not move it under your feet; switch to another branch and rerun\n");
        work.Snapshot().Should().Be(before);
    }

    [Theory]
    [InlineData("sync-unknown-branch", "flow:\n  sync:\n    - branch: cloud\n", "sync", "nope")]
    [InlineData("sync-not-configured", "", "sync")]
    public void Bad_input_is_one_line_and_exit_2(string name, string config, params string[] args)
    {
        work.WriteFile("steward.yml", config);
        var before = work.Snapshot();

        var result = StewardRunner.Run(work.Root, args);

        result.ExitCode.Should().Be(2);
        Golden.Assert($"Flow/{name}.txt", result.Error);
        work.Snapshot().Should().Be(before);
    }

    [Fact]
    public void A_missing_branch_or_followed_branch_fails_that_branch_only()
    {
        work.WriteFile("steward.yml", "flow:\n  sync:\n    - branch: ghost\n    - branch: cloud\n      from: nowhere\n    - branch: edge\n      from: cloud\n");

        var result = StewardRunner.Run(work.Root, "sync");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be(
            "steward: error: ghost: no such branch here or on origin; create it ('git branch ghost main') and rerun\n"
            + "steward: error: cloud: the branch it follows, nowhere, does not exist; create it or fix flow.sync in steward.yml\n");
        result.Out.Should().StartWith("edge: merged cloud");
    }
}

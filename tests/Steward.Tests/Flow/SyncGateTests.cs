using Steward.Tests.Support;

namespace Steward.Tests.Flow;

/// <summary>
/// flow.sync[].gates: a downstream branch's own checks run on the tree the sync would move it to, before it moves; a
/// failing one leaves that branch as it was (here and on the remote) while the others still sync and push.
/// </summary>
public sealed class SyncGateTests : IDisposable
{
    // cloud's gate passes only when the merged tree has main's file and cloud's own (so it runs on the merge, not on
    // either side); edge's gate fails when main's change reaches it.
    private const string Config = "flow:\n  sync:\n"
        + "    - branch: cloud\n      gates:\n        - name: cloud-tests\n          command: [sh, -c, 'test -f main.txt && test -f cloud.txt && echo \"on $STEWARD_SYNC_BRANCH from $STEWARD_SYNC_FROM\"']\n"
        + "    - branch: edge\n      gates:\n        - name: edge-tests\n          command: [sh, -c, 'echo edge checks; ! grep -q broken main.txt']\n";

    private readonly TempGitRepository remote;
    private readonly TempGitRepository work;

    public SyncGateTests()
    {
        (remote, work) = FlowFixture.WithRemote();
        work.WriteFile("steward.yml", Config);
        work.Commit("chore: sync config");
        work.Git("branch", "cloud");
        work.Git("branch", "edge");
        work.Git("switch", "-q", "cloud");
        work.WriteFile("cloud.txt", "cloud only\n");
        work.Commit("feat: cloud settings");
        work.Git("switch", "-q", "main");
        work.Git("push", "-q", "origin", "main", "cloud", "edge");
    }

    public void Dispose()
    {
        work.Dispose();
        remote.Dispose();
    }

    [Fact]
    public void A_failing_gate_leaves_its_branch_as_it_was_and_the_others_sync_and_push()
    {
        work.WriteFile("main.txt", "broken\n");
        var mainSha = work.Commit("fix: main change");
        var edgeBefore = FlowFixture.Sha(work, "edge");
        var head = work.Git("status", "--porcelain=v1", "--branch");

        var result = StewardRunner.Run(work.Root, "sync", "--push");

        result.ExitCode.Should().Be(1, result.Error);
        result.Error.Should().MatchRegex("steward: error: edge: gate 'edge-tests' failed on the merge of main \\(exit code 1\\); edge left as it was; its output is in .*sync-edge-gate-edge-tests\\.log\n");
        result.Out.Should().Contain("cloud: gate 'cloud-tests': sh -c").And.Contain("on cloud from main\n").And.Contain("cloud: gate 'cloud-tests': passed in ");
        result.Out.Should().MatchRegex("cloud: merged main \\([0-9a-f]{7}\\), pushed to origin\n");
        result.Out.Should().NotMatchRegex("edge: (merged|fast-forwarded)");
        work.Git("rev-parse", "cloud^2").Trim().Should().Be(mainSha.Trim());
        remote.Git("rev-parse", "cloud").Should().Be(work.Git("rev-parse", "cloud"));
        FlowFixture.Sha(work, "edge").Should().Be(edgeBefore);
        remote.Git("rev-parse", "edge").Trim().Should().Be(edgeBefore);
        work.Git("status", "--porcelain=v1", "--branch").Should().Be(head, "the gates run in a scratch checkout, not in the work tree");
        work.Git("worktree", "list", "--porcelain").Should().NotContain("steward-plan-", "the scratch checkout is removed");
        File.ReadAllText(Path.Combine(work.Root, ".git", "steward", "logs", "sync-edge-gate-edge-tests.log")).Should().Contain("edge checks");
    }

    [Fact]
    public void Passing_gates_let_every_branch_move_and_a_dry_run_names_them_without_running_them()
    {
        work.WriteFile("main.txt", "fine\n");
        work.Commit("fix: main change");
        var before = work.Git("for-each-ref", "refs/heads", "refs/remotes");

        var dryRun = StewardRunner.Run(work.Root, "sync", "--push", "--dry-run");

        dryRun.ExitCode.Should().Be(0, dryRun.Error);
        dryRun.Out.Should().MatchRegex("cloud: merged main \\([0-9a-f]{7}\\), after its gates \\('cloud-tests'\\) pass, would push to origin\n");
        dryRun.Out.Should().MatchRegex("edge: fast-forwarded to main \\([0-9a-f]{7}\\), after its gates \\('edge-tests'\\) pass, would push to origin\n");
        dryRun.Out.Should().NotContain("gate 'cloud-tests': sh", "a dry run runs no gate");
        work.Git("for-each-ref", "refs/heads", "refs/remotes").Should().Be(before);

        var result = StewardRunner.Run(work.Root, "sync", "--push");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("edge: gate 'edge-tests': passed in ");
        remote.Git("rev-parse", "edge").Should().Be(work.Git("rev-parse", "main"));
        remote.Git("rev-parse", "cloud").Should().Be(work.Git("rev-parse", "cloud"));
    }

    [Fact]
    public void With_json_the_gates_write_to_stderr_and_stdout_stays_one_document()
    {
        work.WriteFile("main.txt", "broken\n");
        work.Commit("fix: main change");

        var result = StewardRunner.Run(work.Root, "sync", "--json");

        result.ExitCode.Should().Be(1);
        using var document = System.Text.Json.JsonDocument.Parse(result.Out);
        var branches = document.RootElement.GetProperty("branches").EnumerateArray().ToDictionary(b => b.GetProperty("branch").GetString()!, b => b.GetProperty("outcome").GetString());
        branches.Should().Equal(new Dictionary<string, string?> { ["cloud"] = "merged", ["edge"] = "failed" });
        result.Error.Should().Contain("edge checks").And.Contain("cloud: gate 'cloud-tests': passed");
    }
}

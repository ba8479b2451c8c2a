using Steward.Tests.Flow;
using Steward.Tests.Support;

namespace Steward.Tests.Engine;

/// <summary>
/// flow feature, release and hotfix start on the engine: --dry-run names the branch and the files it would write and
/// changes nothing; a commit git refuses puts HEAD, branches, index and files back, leaving no journal.
/// </summary>
public sealed class PlannedFlowStartTests : IDisposable
{
    private readonly TempGitRepository remote;
    private readonly TempGitRepository work;

    public PlannedFlowStartTests()
    {
        (remote, work) = FlowFixture.WithFeatureOnDevelop();
    }

    public void Dispose()
    {
        work.Dispose();
        remote.Dispose();
    }

    [Fact]
    public void Release_start_dry_run_prints_the_branch_the_diff_and_the_commit_and_changes_nothing()
    {
        var before = work.Snapshot();

        var result = StewardRunner.Run(work.Root, "flow", "release", "start", "--dry-run");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().MatchRegex(@"^Would create release/v1\.1\.0 from develop for 1\.1\.0 \(minor bump from 2 commits since v1\.0\.0: [0-9a-f]{7} feat: search\)\n");
        result.Out.Should().Contain("feat: search)\nsteps:\n"
            + "  git switch --quiet --no-track -c release/v1.1.0 -- develop\n  write VERSION\n  git add -- VERSION\n"
            + "  git commit --quiet --cleanup=whitespace -m 'chore(release): prepare 1.1.0' -- VERSION\n");
        result.Out.Should().Contain("-1.0.0\n+1.1.0\n").And.EndWith("dry run: nothing was changed\n");
        work.Snapshot().Should().Be(before);
        File.Exists(EngineEnvironment.JournalPath(work)).Should().BeFalse();
    }

    [Fact]
    public void Hotfix_start_dry_run_reads_the_tag_not_the_work_tree_and_changes_nothing()
    {
        work.WriteFile("VERSION", "1.1.0-dev\n"); // develop's VERSION differs from the tag's: the diff is the tag's
        work.Commit("chore: develop's own version");
        var before = work.Snapshot();

        var result = StewardRunner.Run(work.Root, "flow", "hotfix", "start", "--dry-run", "--json");

        result.ExitCode.Should().Be(0, result.Error);
        using var document = System.Text.Json.JsonDocument.Parse(result.Out);
        var root = document.RootElement;
        root.GetProperty("dryRun").GetBoolean().Should().BeTrue();
        root.GetProperty("branch").GetString().Should().Be("hotfix/v1.0.1");
        root.GetProperty("version").GetString().Should().Be("1.0.1");
        var steps = root.GetProperty("steps");
        steps[0].GetProperty("argv").EnumerateArray().Select(a => a.GetString()).Should().Equal("git", "switch", "--quiet", "--no-track", "-c", "hotfix/v1.0.1", "--", "v1.0.0");
        steps[1].GetProperty("diff").GetString().Should().Contain("-1.0.0\n+1.0.1\n");
        work.Snapshot().Should().Be(before);
    }

    [Theory]
    [InlineData("release")]
    [InlineData("hotfix")]
    public void A_commit_git_refuses_leaves_every_ref_file_and_the_index_as_they_were(string kind)
    {
        var hooks = Path.Combine(work.Root, ".git", "refusing-hooks");
        Directory.CreateDirectory(hooks);
        File.WriteAllText(Path.Combine(hooks, "pre-commit"), "#!/bin/sh\necho refused >&2\nexit 1\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(hooks, "pre-commit"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var before = work.Snapshot();

        var result = StewardRunner.Run(work.Root, null, TestEnvironment.Create(new Dictionary<string, string?> { ["GIT_CONFIG_VALUE_3"] = hooks }), "flow", kind, "start");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be("steward: error: git commit failed: refused; every file was put back as it was\n");
        work.Snapshot().Should().Be(before);
        work.Git("symbolic-ref", "--short", "HEAD").Trim().Should().Be("develop");
        File.Exists(EngineEnvironment.JournalPath(work)).Should().BeFalse();
    }

    [Fact]
    public void Feature_start_dry_run_prints_the_switch_and_changes_nothing()
    {
        var before = work.Snapshot();

        var result = StewardRunner.Run(work.Root, "flow", "feature", "start", "login", "--dry-run");

        result.Should().Be(new StewardResult(0, "steps:\n  git switch --quiet --no-track -c feature/login -- develop\ndry run: nothing was changed\n", string.Empty));
        work.Snapshot().Should().Be(before);
    }
}

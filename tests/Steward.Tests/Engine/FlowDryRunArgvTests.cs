using Steward.Tests.Flow;
using Steward.Tests.Support;

namespace Steward.Tests.Engine;

/// <summary>
/// As <see cref="DryRunArgvTests"/>, for the finishes of steward flow: every git command that changes the repository,
/// recorded by a `git` first on PATH during the real run, is exactly the argv of the dry run's git steps, in order, and
/// the dry run itself changes nothing.
/// </summary>
public sealed class FlowDryRunArgvTests : IDisposable
{
    private readonly TempGitRepository remote;
    private readonly TempGitRepository work;
    private readonly GitRecorder recorder = new();

    public FlowDryRunArgvTests() => (remote, work) = FlowFixture.WithFeatureOnDevelop();

    public void Dispose()
    {
        recorder.Dispose();
        work.Dispose();
        remote.Dispose();
    }

    [Fact]
    public void Feature_finish_runs_exactly_the_git_commands_its_dry_run_lists()
    {
        StewardRunner.Run(work.Root, "flow", "feature", "start", "login").ExitCode.Should().Be(0);
        work.Commit("feat: login");
        work.Git("push", "-q", "origin", "feature/login");

        var planned = DryRun("flow", "feature", "finish", "--push");
        planned.Select(a => a[1]).Should().Equal("switch", "merge", "update-ref", "push");

        Real("flow", "feature", "finish", "--push");
        remote.Git("branch", "--list", "feature/login").Should().BeEmpty();
        remote.Git("rev-parse", "develop").Should().Be(work.Git("rev-parse", "develop"));
    }

    [Fact]
    public void Release_finish_from_another_branch_runs_exactly_the_git_commands_its_dry_run_lists()
    {
        StewardRunner.Run(work.Root, "flow", "release", "start").ExitCode.Should().Be(0);
        work.Commit("fix: search edge case");
        work.Git("push", "-q", "origin", "release/v1.1.0");
        work.Git("switch", "-q", "develop");

        var planned = DryRun("flow", "release", "finish", "1.1.0", "--push");
        planned.Select(a => a[1]).Should().Equal("switch", "add", "commit", "switch", "merge", "tag", "switch", "merge", "update-ref", "push");
        work.Git("symbolic-ref", "--short", "HEAD").Trim().Should().Be("develop", "planning reads the release branch without switching to it");

        Real("flow", "release", "finish", "1.1.0", "--push");
        remote.Git("rev-parse", "v1.1.0^{commit}").Should().Be(work.Git("rev-parse", "main"));
    }

    [Fact]
    public void Hotfix_finish_runs_exactly_the_git_commands_its_dry_run_lists()
    {
        work.Git("switch", "-q", "main");
        StewardRunner.Run(work.Root, "flow", "hotfix", "start", "crash").ExitCode.Should().Be(0);
        work.Commit("fix: crash");

        var planned = DryRun("flow", "hotfix", "finish", "--push");
        planned.Select(a => a[1]).Should().Equal("add", "commit", "switch", "merge", "tag", "switch", "merge", "update-ref", "push");

        Real("flow", "hotfix", "finish", "--push");
        remote.Git("rev-parse", "v1.0.1^{commit}").Should().Be(work.Git("rev-parse", "main"));
    }

    private IReadOnlyList<IReadOnlyList<string>> DryRun(params string[] args)
    {
        var before = work.Snapshot();
        var dry = ProcessRunner.RunWith(work.Root, recorder.Environment, null, [.. args, "--dry-run", "--json"]);
        dry.ExitCode.Should().Be(0, dry.Error);
        recorder.Writes().Should().BeEmpty("a dry run changes nothing");
        work.Snapshot().Should().Be(before);
        return EngineEnvironment.PlannedGitArgv(dry.Out);
    }

    private void Real(params string[] args)
    {
        var planned = EngineEnvironment.PlannedGitArgv(ProcessRunner.RunWith(work.Root, null, null, [.. args, "--dry-run", "--json"]).Out);
        var real = ProcessRunner.RunWith(work.Root, recorder.Environment, null, args);
        real.ExitCode.Should().Be(0, real.Error);
        recorder.Writes().Should().BeEquivalentTo(planned, o => o.WithStrictOrdering());
        File.Exists(EngineEnvironment.JournalPath(work)).Should().BeFalse();
    }
}

using Steward.Tests.Flow;
using Steward.Tests.Propagate;
using Steward.Tests.Release;
using Steward.Tests.Support;

namespace Steward.Tests.Engine;

/// <summary>
/// What --dry-run --json says is what runs: every git command that changes a repository, recorded by a `git` first on
/// PATH during the real run, is exactly the argv of the plan's git steps, in order.
/// </summary>
public sealed class DryRunArgvTests : IDisposable
{
    private readonly ReleaseRepository project = new();
    private readonly GitRecorder recorder = new();

    public void Dispose()
    {
        recorder.Dispose();
        project.Dispose();
    }

    [Fact]
    public void Release_runs_exactly_the_git_commands_its_dry_run_lists()
    {
        var dry = ProcessRunner.RunWith(project.Work.Root, recorder.Environment, null, "release", "--push", "--dry-run", "--json");
        dry.ExitCode.Should().Be(0, dry.Error);
        var planned = EngineEnvironment.PlannedGitArgv(dry.Out);
        recorder.Writes().Should().BeEmpty("a dry run changes nothing");
        planned.Select(a => a[1]).Should().Equal("add", "commit", "tag", "push");

        var real = ProcessRunner.RunWith(project.Work.Root, recorder.Environment, null, "release", "--push");

        real.ExitCode.Should().Be(0, real.Error);
        recorder.Writes().Should().BeEquivalentTo(planned, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Release_of_a_merged_release_commit_runs_exactly_the_tag_and_push_its_dry_run_lists()
    {
        var work = project.Work;
        project.Release().ExitCode.Should().Be(0);
        work.Git("tag", "-d", "v1.1.0"); // as if the release commit came in through a merged pull request
        var head = work.Git("rev-parse", "HEAD");

        var dry = ProcessRunner.RunWith(work.Root, recorder.Environment, null, "release", "--push", "--dry-run", "--json");
        dry.ExitCode.Should().Be(0, dry.Error);
        var planned = EngineEnvironment.PlannedGitArgv(dry.Out);
        planned.Select(a => a[1]).Should().Equal("tag", "push");

        var real = ProcessRunner.RunWith(work.Root, recorder.Environment, null, "release", "--push");

        real.ExitCode.Should().Be(0, real.Error);
        recorder.Writes().Should().BeEquivalentTo(planned, o => o.WithStrictOrdering());
        work.Git("rev-parse", "HEAD").Should().Be(head, "no empty commit");
        project.Remote.Git("rev-parse", "v1.1.0^{commit}").Should().Be(head);
    }

    [Fact]
    public void Propagate_runs_exactly_the_git_commands_its_dry_run_lists()
    {
        using var remote = TempGitRepository.Create(bare: true);
        using var repo = SampleProject.Create();
        repo.Git("remote", "add", "origin", remote.Root);

        var dry = ProcessRunner.RunWith(repo.Root, recorder.Environment, null, "propagate", "--tag", "--push", "--dry-run", "--json");
        dry.ExitCode.Should().Be(0, dry.Error);
        var planned = EngineEnvironment.PlannedGitArgv(dry.Out);
        recorder.Writes().Should().BeEmpty("a dry run changes nothing");
        planned.Select(a => a[1]).Should().Equal("add", "commit", "tag", "push");

        var real = ProcessRunner.RunWith(repo.Root, recorder.Environment, null, "propagate", "--tag", "--push");

        real.ExitCode.Should().Be(0, real.Error);
        recorder.Writes().Should().BeEquivalentTo(planned, o => o.WithStrictOrdering());
        remote.Git("rev-parse", "v1.2.0^{commit}").Should().Be(repo.Git("rev-parse", "HEAD"));
    }

    [Fact]
    public async Task Publish_makes_exactly_the_forge_calls_its_dry_run_lists_and_no_git_write()
    {
        await using var github = await Forge.FakeGitHub.StartAsync();
        using var fixture = Forge.PublishFixture.Create(github.Url);
        var environment = EngineEnvironment.Merge(recorder.Environment, new Dictionary<string, string?> { ["GITHUB_TOKEN"] = Forge.FakeGitHub.Token });

        var dry = ProcessRunner.RunWith(fixture.Work.Root, environment, null, "publish", "--dry-run", "--json");
        dry.ExitCode.Should().Be(0, dry.Error);
        using var document = System.Text.Json.JsonDocument.Parse(dry.Out);
        var plan = document.RootElement.GetProperty("plan");
        EngineEnvironment.PlannedKinds(plan.GetRawText()).Should().Equal("forge");
        var planned = plan.GetProperty("steps")[0].GetProperty("calls").EnumerateArray().Select(c => c.GetString()!.Replace(github.Url, string.Empty, StringComparison.Ordinal)).ToList();
        planned.Should().HaveCount(4);
        github.Writes.Should().BeEmpty("a dry run only reads the forge");

        var real = ProcessRunner.RunWith(fixture.Work.Root, environment, null, "publish");

        real.ExitCode.Should().Be(0, real.Error);
        var id = github.Releases.Single().Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // A dry run before the release exists knows neither its id nor the upload URL the create returns: it names them
        // {release_id} and the upload host derived from the API (/api/uploads on an Enterprise-style URL); the fake
        // answers uploads on its API host.
        github.Writes.Select(w => w[..w.IndexOf(" -> ", StringComparison.Ordinal)]).Should().Equal(planned.Select(c => c
            .Replace("{release_id}", id, StringComparison.Ordinal)
            .Replace("%7Brelease_id%7D", id, StringComparison.Ordinal)
            .Replace("/api/uploads/", "/", StringComparison.Ordinal)));
        recorder.Writes().Should().BeEmpty("a publish's plan has no git step");
    }

    [Fact]
    public void Init_and_hooks_install_write_files_only_and_run_no_git_write()
    {
        using var repo = SampleProject.Create();
        var environment = EngineEnvironment.Merge(recorder.Environment, new Dictionary<string, string?> { ["GIT_CONFIG_COUNT"] = "3" }); // git's own hooks directory

        var init = ProcessRunner.RunWith(repo.Root, recorder.Environment, null, "init", "--dry-run", "--json");
        var hooks = ProcessRunner.RunWith(repo.Root, environment, null, "hooks", "install", "--dry-run", "--json");
        init.ExitCode.Should().Be(0, init.Error);
        hooks.ExitCode.Should().Be(0, hooks.Error);
        EngineEnvironment.PlannedKinds(init.Out).Should().Equal("file");
        EngineEnvironment.PlannedKinds(hooks.Out).Should().Equal("git-hook");

        ProcessRunner.RunWith(repo.Root, recorder.Environment, null, "init").ExitCode.Should().Be(0);
        ProcessRunner.RunWith(repo.Root, environment, null, "hooks", "install").ExitCode.Should().Be(0);

        recorder.Writes().Should().BeEmpty("neither plan has a git step");
        File.Exists(repo.FullPath("steward.yml")).Should().BeTrue();
        File.Exists(repo.FullPath(".git/hooks/commit-msg")).Should().BeTrue();
    }

    [Fact]
    public void Flow_init_runs_exactly_the_git_commands_its_dry_run_lists()
    {
        var (remote, work) = FlowFixture.WithRemote();
        using var _ = remote;
        using var __ = work;

        var dry = ProcessRunner.RunWith(work.Root, recorder.Environment, null, "flow", "init", "--dry-run", "--json");
        dry.ExitCode.Should().Be(0, dry.Error);
        var planned = EngineEnvironment.PlannedGitArgv(dry.Out);
        recorder.Writes().Should().BeEmpty("a dry run changes nothing");
        planned.Select(a => a[1]).Should().Equal("add", "commit", "branch");

        var real = ProcessRunner.RunWith(work.Root, recorder.Environment, null, "flow", "init");

        real.ExitCode.Should().Be(0, real.Error);
        recorder.Writes().Should().BeEquivalentTo(planned, o => o.WithStrictOrdering());
        FlowFixture.Sha(work, "develop").Should().Be(FlowFixture.Sha(work, "main"));
    }

    [Theory]
    [InlineData("switch", "feature", "start", "login")]
    [InlineData("switch add commit", "release", "start")]
    [InlineData("switch add commit", "hotfix", "start")]
    public void Flow_start_runs_exactly_the_git_commands_its_dry_run_lists(string commands, params string[] verb)
    {
        var (remote, work) = FlowFixture.WithFeatureOnDevelop();
        using var _ = remote;
        using var __ = work;
        var before = work.Snapshot();

        var dry = ProcessRunner.RunWith(work.Root, recorder.Environment, null, ["flow", .. verb, "--dry-run", "--json"]);
        dry.ExitCode.Should().Be(0, dry.Error);
        var planned = EngineEnvironment.PlannedGitArgv(dry.Out);
        recorder.Writes().Should().BeEmpty("a dry run changes nothing");
        work.Snapshot().Should().Be(before);
        work.Git("worktree", "list", "--porcelain").Split('\n').Count(l => l.StartsWith("worktree ", StringComparison.Ordinal)).Should().Be(1, "the scratch checkout is gone");
        planned.Select(a => a[1]).Should().Equal(commands.Split(' '));

        var real = ProcessRunner.RunWith(work.Root, recorder.Environment, null, ["flow", .. verb]);

        real.ExitCode.Should().Be(0, real.Error);
        recorder.Writes().Should().BeEquivalentTo(planned, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Rollback_apply_runs_exactly_the_git_commands_its_dry_run_lists()
    {
        var (remote, work) = FlowFixture.WithBadRelease();
        using var _ = remote;
        using var __ = work;
        var before = work.Snapshot();

        var dry = ProcessRunner.RunWith(work.Root, recorder.Environment, null, "rollback", "--apply", "--push", "--dry-run", "--json");
        dry.ExitCode.Should().Be(0, dry.Error);
        var planned = EngineEnvironment.PlannedGitArgv(dry.Out);
        recorder.Writes().Should().BeEmpty("a dry run changes nothing");
        work.Snapshot().Should().Be(before);
        planned.Select(a => a[1]).Should().Equal("switch", "add", "commit", "push");

        var real = ProcessRunner.RunWith(work.Root, recorder.Environment, null, "rollback", "--apply", "--push");

        real.ExitCode.Should().Be(0, real.Error);
        recorder.Writes().Should().BeEquivalentTo(planned, o => o.WithStrictOrdering());
        remote.Git("show", "refs/heads/hotfix/v1.1.1:VERSION").Should().Be("1.1.1\n");
    }
}

using Steward.Tests.Support;

namespace Steward.Tests.Monorepo;

/// <summary>`steward release` in a monorepo: one commit, one annotated tag per component, one atomic push, through the engine.</summary>
public sealed class MonorepoReleaseTests
{
    [Fact]
    public void Every_component_with_changes_is_released_in_one_commit_with_a_tag_each_pushed_atomically()
    {
        using var repos = new MonorepoReleaseRepository();

        var result = repos.Release("--push");

        result.ExitCode.Should().Be(0, result.Error);
        var work = repos.Work;
        work.Git("log", "-1", "--format=%s").Should().Be("chore(release): api 1.3.0, chart 3.0.1\n");
        work.Git("show", "--name-only", "--format=", "HEAD").Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).Should().Equal(
            "deploy/chart/CHANGELOG.md", "deploy/chart/VERSION", "services/api/CHANGELOG.md", "services/api/VERSION", "services/api/pyproject.toml");
        work.ReadFile("services/api/VERSION").Should().Be("1.3.0\n");
        work.ReadFile("services/api/pyproject.toml").Should().Contain("version = \"1.3.0\"");
        work.ReadFile("deploy/chart/VERSION").Should().Be("3.0.1\n");
        work.ReadFile("apps/web/package.json").Should().Contain("\"version\": \"0.4.0\"");
        work.ReadFile("package.json").Should().Contain("\"version\": \"9.9.9\"");
        work.ReadFile("services/api/CHANGELOG.md").Should().Contain("add an endpoint").And.NotContain("mend the values");
        work.ReadFile("deploy/chart/CHANGELOG.md").Should().Contain("mend the values").And.NotContain("add an endpoint");
        var head = work.Git("rev-parse", "HEAD").Trim();
        foreach (var tag in new[] { "api-v1.3.0", "chart-v3.0.1" })
        {
            work.Git("cat-file", "-t", tag).Should().Be("tag\n");
            work.Git("rev-parse", tag + "^{commit}").Trim().Should().Be(head);
            repos.Remote.Git("rev-parse", tag + "^{commit}").Trim().Should().Be(head);
        }

        repos.Remote.Git("rev-parse", "main").Trim().Should().Be(head);
        result.Out.Should().EndWith($"released api-v1.3.0, chart-v3.0.1: commit {head[..7]}, pushed to 'origin'\n");
        StewardRunner.Run(work.Root, "next").ExitCode.Should().Be(3);
    }

    [Fact]
    public void Dry_run_json_lists_each_component_and_the_steps_and_changes_nothing()
    {
        using var repos = new MonorepoReleaseRepository();
        var before = repos.Work.Snapshot();

        var result = repos.Release("--dry-run", "--json", "--push");

        result.ExitCode.Should().Be(0, result.Error);
        repos.Work.Snapshot().Should().Be(before);
        Golden.Assert("Monorepo/release-dry-run.json", MonorepoRepository.MaskShas(result.Out.Replace(repos.Work.Root, "<work>", StringComparison.Ordinal)));
    }

    [Fact]
    public void Component_releases_only_the_named_components()
    {
        using var repos = new MonorepoReleaseRepository();

        var result = repos.Release("--component", "chart");

        result.ExitCode.Should().Be(0, result.Error);
        repos.Work.Git("tag", "--points-at", "HEAD").Should().Be("chart-v3.0.1\n");
        repos.Work.ReadFile("services/api/VERSION").Should().Be("1.2.0\n");
        StewardRunner.Run(repos.Work.Root, "next").Out.Should().Be("api 1.3.0\n");
    }

    [Fact]
    public void A_push_the_remote_refuses_undoes_the_commit_and_every_tag()
    {
        using var repos = new MonorepoReleaseRepository();
        repos.Remote.WriteFile("hooks/pre-receive", "#!/bin/sh\necho refused >&2\nexit 1\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(repos.Remote.FullPath("hooks/pre-receive"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var before = repos.Work.Snapshot();

        var result = repos.Release("--push");

        result.ExitCode.Should().Be(1);
        repos.Work.Snapshot().Should().Be(before);
        repos.Work.Git("tag", "--list", "api-v1.3.0", "chart-v3.0.1").Should().BeEmpty();
        File.Exists(Path.Combine(repos.Work.Root, ".git", "steward", "journal.json")).Should().BeFalse();
    }

    [Fact]
    public void A_push_of_more_than_three_tags_is_warned_of_in_the_plan()
    {
        using var repos = new MonorepoReleaseRepository();
        repos.Work.WriteFile("apps/web/a.js", "1\n").WriteFile("libs/core/a.cs", "1\n").Commit("fix: web and core");

        var result = repos.Release("--dry-run", "--push");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("warning: this push carries 4 tags: GitHub sends no push event (no workflow 'on: push: tags') when more than 3 tags are pushed at once; release fewer components per run with --component\n");
        repos.Release("--dry-run", "--push", "--component", "api", "--component", "web").Out.Should().NotContain("warning:");
    }

    [Fact]
    public void Nothing_to_release_in_any_component_exits_3()
    {
        using var repos = new MonorepoReleaseRepository();
        repos.Release().ExitCode.Should().Be(0);

        var result = repos.Release();

        result.ExitCode.Should().Be(3);
        result.Error.Should().Be("steward: nothing to release: none of the 4 components has releasable commits since its last release\n");
    }
}

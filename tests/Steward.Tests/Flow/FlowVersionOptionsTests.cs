using Steward.Tests.Support;

namespace Steward.Tests.Flow;

/// <summary>
/// The versions of Git Flow's release and hotfix branches: prereleases on the release's own branch, PEP 440 with --as,
/// --bump and --as on finish, prerelease to release in one finish, and hotfixes from an impacted tag.
/// </summary>
public sealed class FlowVersionOptionsTests : IDisposable
{
    private readonly TempGitRepository remote;
    private readonly TempGitRepository work;

    public FlowVersionOptionsTests()
    {
        (remote, work) = FlowFixture.WithFeatureOnDevelop();
    }

    public void Dispose()
    {
        work.Dispose();
        remote.Dispose();
    }

    [Fact]
    public void A_prerelease_start_names_the_branch_after_the_release_tags_prereleases_on_it_and_one_finish_releases_it()
    {
        var start = StewardRunner.Run(work.Root, "flow", "release", "start", "--pre", "alpha");

        start.ExitCode.Should().Be(0, start.Error);
        start.Out.Should().StartWith("Created release/v1.1.0 from develop for 1.1.0-alpha.1");
        work.Git("symbolic-ref", "--short", "HEAD").Trim().Should().Be("release/v1.1.0");
        work.ReadFile("VERSION").Should().Be("1.1.0-alpha.1\n");

        var prerelease = StewardRunner.Run(work.Root, "release");
        prerelease.ExitCode.Should().Be(0, prerelease.Error);
        work.Git("merge-base", "--is-ancestor", "v1.1.0-alpha.1", "release/v1.1.0");

        var finish = StewardRunner.Run(work.Root, "flow", "release", "finish");

        finish.ExitCode.Should().Be(0, finish.Error);
        finish.Out.Should().Contain("Committed VERSION, CHANGELOG.md on release/v1.1.0").And.Contain("Tagged v1.1.0 on main");
        FlowFixture.Sha(work, "v1.1.0^{commit}").Should().Be(FlowFixture.Sha(work, "main"));
        work.Git("show", "main:VERSION").Should().Be("1.1.0\n");
        work.Git("show", "develop:VERSION").Should().Be("1.1.0\n");
        work.Git("status", "--porcelain").Should().BeEmpty();
    }

    [Fact]
    public void As_takes_a_PEP_440_version_as_VERSION_does()
    {
        var result = StewardRunner.Run(work.Root, "flow", "release", "start", "--as", "1.2.0a1");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().StartWith("Created release/v1.2.0 from develop for 1.2.0-alpha.1 (forced with --as (the commits since v1.0.0 ask for minor))");
    }

    [Fact]
    public void Finish_takes_bump_when_the_branch_version_was_released_already()
    {
        StewardRunner.Run(work.Root, "flow", "release", "start").ExitCode.Should().Be(0);
        work.Tag("v1.1.0", "main");
        work.Git("push", "-q", "origin", "v1.1.0");
        StewardRunner.Run(work.Root, "flow", "release", "finish").Error
            .Should().Be("steward: error: tag v1.1.0 already exists here; that version is released (raise VERSION, or use --bump/--as)\n");

        var dryRun = StewardRunner.Run(work.Root, "flow", "release", "finish", "--bump", "patch", "--dry-run");
        dryRun.ExitCode.Should().Be(0, dryRun.Error);
        dryRun.Out.Should().Contain("version: 1.1.1 (from release/v1.1.0, raised from 1.1.0)\ntag: v1.1.1\n")
            .And.Contain("  git commit --quiet --cleanup=whitespace -m 'chore(release): 1.1.1' -- VERSION CHANGELOG.md\n");

        var result = StewardRunner.Run(work.Root, "flow", "release", "finish", "--bump", "patch", "--push");

        result.ExitCode.Should().Be(0, result.Error);
        remote.Git("rev-parse", "v1.1.1^{commit}").Should().Be(work.Git("rev-parse", "main"));
        work.Git("show", "main:VERSION").Should().Be("1.1.1\n");
    }

    [Fact]
    public void Hotfix_finish_takes_as_and_refuses_a_version_not_above_the_last_release()
    {
        work.Git("switch", "-q", "main");
        StewardRunner.Run(work.Root, "flow", "hotfix", "start").ExitCode.Should().Be(0);
        work.WriteFile("fix.txt", "fixed\n");
        work.Commit("fix: urgent");
        var before = work.Snapshot();

        var low = StewardRunner.Run(work.Root, "flow", "hotfix", "finish", "--as", "0.9.0");
        low.ExitCode.Should().Be(2);
        low.Error.Should().Be("steward: error: --as 0.9.0: must be greater than the last release or prerelease, v1.0.0\n");
        work.Snapshot().Should().Be(before);

        var result = StewardRunner.Run(work.Root, "flow", "hotfix", "finish", "--as", "1.0.5");

        result.ExitCode.Should().Be(0, result.Error);
        FlowFixture.Sha(work, "v1.0.5^{commit}").Should().Be(FlowFixture.Sha(work, "main"));
        work.Git("show", "main:VERSION").Should().Be("1.0.5\n");
    }

    [Fact]
    public void Hotfix_start_from_starts_at_the_impacted_tag()
    {
        work.Git("switch", "-q", "main");
        work.WriteFile("app.txt", "two\n");
        work.Commit("feat: two");
        work.Tag("v1.1.0");

        var result = StewardRunner.Run(work.Root, "flow", "hotfix", "start", "--from", "v1.0.0");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().StartWith("Created hotfix/v1.0.1 from v1.0.0 for 1.0.1 (patch of v1.0.0)");
        work.Git("rev-parse", "HEAD~1").Should().Be(work.Git("rev-parse", "v1.0.0^{commit}"));
        work.ReadFile("VERSION").Should().Be("1.0.1\n");
    }

    [Fact]
    public void Hotfix_start_from_a_tag_that_is_no_release_is_one_line_and_changes_nothing()
    {
        work.Git("switch", "-q", "main");
        var before = work.Snapshot();

        var result = StewardRunner.Run(work.Root, "flow", "hotfix", "start", "--from", "v9.9.9");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: --from v9.9.9: no release tag v9.9.9; give a release tag such as v1.0.0 (see 'git tag --list \"v*\"')\n");
        work.Snapshot().Should().Be(before);
    }

    [Fact]
    public void A_release_started_on_develop_after_a_retraction_on_main_is_above_the_retracted_version()
    {
        StewardRunner.Run(work.Root, "flow", "release", "start").ExitCode.Should().Be(0);
        StewardRunner.Run(work.Root, "flow", "release", "finish").ExitCode.Should().Be(0);
        var rollback = StewardRunner.Run(work.Root, "rollback", "--apply", "--retract-tag", "--yes");
        rollback.ExitCode.Should().Be(0, rollback.Error);
        work.Git("switch", "-q", "develop");
        work.WriteFile("more.txt", "more\n");
        work.Commit("feat: more");

        var start = StewardRunner.Run(work.Root, "flow", "release", "start");

        start.ExitCode.Should().Be(0, start.Error);
        start.Out.Should().StartWith("Created release/v1.1.1 from develop for 1.1.1");
    }
}

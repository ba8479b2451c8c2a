using Steward.Tests.Support;

namespace Steward.Tests.Flow;

/// <summary>steward release on a maintenance branch (release/1.x) while main has moved on to newer releases.</summary>
public sealed class MaintenanceLineTests : IDisposable
{
    private readonly TempGitRepository remote;
    private readonly TempGitRepository work;

    public MaintenanceLineTests()
    {
        (remote, work) = FlowFixture.WithRemote();
        work.WriteFile("VERSION", "1.4.2\n");
        work.Commit("fix: last 1.4 fix");
        work.Tag("v1.4.2");
        work.Git("branch", "release/1.x");
        work.WriteFile("VERSION", "1.5.0\n").WriteFile("feature.txt", "new\n");
        work.Commit("feat: newer feature on main");
        work.Tag("v1.5.0");
        work.WriteFile("VERSION", "2.0.0\n");
        work.Commit("feat!: new API");
        work.Tag("v2.0.0");
        work.Git("push", "-q", "origin", "main", "release/1.x", "--tags");
        work.Git("switch", "-q", "release/1.x");
    }

    public void Dispose()
    {
        work.Dispose();
        remote.Dispose();
    }

    [Fact]
    public void A_fix_is_a_patch_within_the_line_next_to_newer_releases_on_main()
    {
        work.WriteFile("app.txt", "fixed in 1.x\n");
        work.Commit("fix: backported crash fix");

        var result = StewardRunner.Run(work.Root, "release", "--push");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("patch within maintenance line 1.x");
        work.ReadFile("VERSION").Should().Be("1.4.3\n");
        FlowFixture.Sha(work, "v1.4.3^{commit}").Should().Be(FlowFixture.Sha(work, "release/1.x"));
        remote.Git("rev-parse", "v1.4.3^{commit}").Should().Be(work.Git("rev-parse", "release/1.x"));
        FlowFixture.Sha(work, "main").Should().Be(FlowFixture.Sha(work, "v2.0.0^{commit}"), "main is not touched");
    }

    [Fact]
    public void Next_on_a_maintenance_branch_answers_within_the_line()
    {
        work.WriteFile("steward.yml", "flow:\n  patchOnly: ['release/*.x']\n");
        work.Commit("feat: backported feature");

        var result = StewardRunner.Run(work.Root, "next");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Be("1.4.3\n", "the line is pinned to patches: not 1.5.0, which main released, as steward release would make it");
        result.Error.Should().Contain("within maintenance line 1.x");
    }

    [Fact]
    public void A_feature_whose_minor_is_taken_by_main_is_refused_and_changes_nothing()
    {
        work.Commit("feat: backported feature");
        var before = work.Snapshot();

        var result = StewardRunner.Run(work.Root, "release");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: release/1.x: 1.5.0 is already released (v1.5.0, not from this line); release the change as a patch (add release/1.x to flow.patchOnly) or from main\n");
        work.Snapshot().Should().Be(before);
    }

    [Fact]
    public void A_line_pinned_to_patches_releases_a_feature_as_a_patch()
    {
        work.WriteFile("steward.yml", "flow:\n  patchOnly: ['release/*.x']\n");
        work.Commit("feat: backported feature");

        var result = StewardRunner.Run(work.Root, "release");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("pinned to patches");
        work.Git("tag", "--list", "v1.4.*").Should().Contain("v1.4.3");
    }

    [Fact]
    public void A_feature_on_a_line_without_a_newer_minor_is_a_minor()
    {
        using var solo = TempGitRepository.Create();
        // release/* is a release branch by default; support/* is added to release.branches here.
        solo.WriteFile("VERSION", "3.2.0\n").WriteFile("steward.yml", "release:\n  branches: ['main', 'support/*']\n");
        solo.Commit("feat: three two");
        solo.Tag("v3.2.0");
        solo.Git("switch", "-q", "-c", "support/3.x");
        solo.Commit("feat: backported feature");

        var result = StewardRunner.Run(solo.Root, "release", "--no-fetch");

        result.ExitCode.Should().Be(0, result.Error);
        solo.ReadFile("VERSION").Should().Be("3.3.0\n");
    }

    [Fact]
    public void A_breaking_change_cannot_leave_the_line()
    {
        work.Commit("feat!: breaking backport");
        var before = work.Snapshot();

        var result = StewardRunner.Run(work.Root, "release");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: release/1.x: a breaking change cannot be released in line 1.x (it would be 2.0.0); release it from main, or revert it here\n");
        work.Snapshot().Should().Be(before);
    }

    [Fact]
    public void Nothing_releasable_on_the_line_exits_3()
    {
        work.Commit("docs: backport notes");

        var result = StewardRunner.Run(work.Root, "release");

        result.ExitCode.Should().Be(3);
        result.Error.Should().Be("steward: nothing to release: no fix or feature on release/1.x since v1.4.2\n");
    }
}

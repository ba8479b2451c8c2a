using Steward.Tests.Support;

namespace Steward.Tests.Flow;

/// <summary>
/// steward release's preflight, made by the release and hotfix finishes before any step: each refusal is one line
/// with release's wording and exit code, and neither the repository nor the remote changes.
/// </summary>
public sealed class FlowFinishPreflightTests : IDisposable
{
    private readonly TempGitRepository remote;
    private readonly TempGitRepository work;

    public FlowFinishPreflightTests()
    {
        (remote, work) = FlowFixture.WithFeatureOnDevelop();
        StewardRunner.Run(work.Root, "flow", "release", "start").ExitCode.Should().Be(0);
        work.Git("push", "-q", "-u", "origin", "release/v1.1.0");
    }

    public void Dispose()
    {
        work.Dispose();
        remote.Dispose();
    }

    [Fact]
    public void Main_behind_the_remote_is_refused_after_the_fetch()
    {
        using (var other = TempGitRepository.Clone(remote.Root))
        {
            other.Commit("fix: pushed elsewhere");
            other.Git("push", "-q", "origin", "main");
        }

        // The fetch is the one thing the preflight may change (as steward release's does): take it out of the comparison.
        work.Git("fetch", "-q", "origin");

        AssertRefused(1, "steward: error: branch 'main' is 1 commit behind origin/main; pull first (git pull --rebase), then release\n",
            "flow", "release", "finish", "--push");
    }

    [Fact]
    public void The_release_branch_behind_its_upstream_is_refused()
    {
        using (var other = TempGitRepository.Clone(remote.Root))
        {
            other.Git("switch", "-q", "release/v1.1.0");
            other.Commit("fix: a fix pushed by a colleague");
            other.Git("push", "-q", "origin", "release/v1.1.0");
        }

        work.Git("fetch", "-q", "origin");

        AssertRefused(1, "steward: error: branch 'release/v1.1.0' is 1 commit behind origin/release/v1.1.0; pull first (git pull --rebase), then release\n",
            "flow", "release", "finish");
    }

    [Fact]
    public void A_tag_that_exists_only_on_the_remote_is_refused()
    {
        using (var other = TempGitRepository.Clone(remote.Root))
        {
            // A commit of its own, so that the fetch does not bring the tag along.
            other.Commit("fix: elsewhere");
            other.Tag("v1.1.0");
            other.Git("push", "-q", "origin", "v1.1.0");
        }

        AssertRefused(1, "steward: error: tag v1.1.0 already exists on 'origin'; fetch it (git fetch --tags) and release the next version\n",
            "flow", "release", "finish");
        work.Git("tag", "--list", "v1.1.0").Should().BeEmpty();
    }

    [Fact]
    public void A_target_that_drifted_from_the_committed_VERSION_is_refused()
    {
        work.WriteFile("package.json", "{\n  \"name\": \"app\",\n  \"version\": \"1.0.0\"\n}\n");
        work.Commit("chore: package");
        work.Git("push", "-q", "origin", "release/v1.1.0");

        AssertRefused(1, "steward: error: version drift: package.json:3: found 1.0.0, expected 1.1.0; run 'steward check' to see all, 'steward propagate' to fix\n",
            "flow", "release", "finish");
    }

    [Fact]
    public void A_hotfix_finish_makes_the_same_checks()
    {
        work.Git("switch", "-q", "main");
        StewardRunner.Run(work.Root, "flow", "hotfix", "start").ExitCode.Should().Be(0);
        work.Commit("fix: urgent");
        work.Tag("v1.0.1", "main");

        AssertRefused(2, "steward: error: tag v1.0.1 already exists here; that version is released (raise VERSION, or use --bump/--as)\n",
            "flow", "hotfix", "finish");
    }

    [Fact]
    public void A_shallow_clone_that_does_not_reach_the_last_release_is_refused()
    {
        work.Git("switch", "-q", "release/v1.1.0");
        work.Commit("fix: one more");
        work.Git("push", "-q", "origin", "release/v1.1.0");
        using var shallow = TempGitRepository.Clone("file://" + remote.Root, "--depth", "1", "--no-single-branch", "--branch", "release/v1.1.0");
        shallow.Git("branch", "-q", "--track", "develop", "origin/develop");
        shallow.Git("branch", "-q", "--track", "main", "origin/main");
        var before = shallow.Snapshot();
        var remoteBefore = remote.Snapshot();

        var result = StewardRunner.Run(shallow.Root, "flow", "release", "finish");

        result.ExitCode.Should().Be(1, result.Error);
        result.Error.Should().StartWith("steward: error: shallow clone: history stops at ").And.Contain("before reaching a release tag")
            .And.EndWith("fetch the whole history with 'git fetch --unshallow --tags' (GitHub Actions: actions/checkout with 'fetch-depth: 0')\n");
        result.Error.Count(c => c == '\n').Should().Be(1);
        shallow.Snapshot().Should().Be(before);
        remote.Snapshot().Should().Be(remoteBefore);
    }

    private void AssertRefused(int code, string error, params string[] args)
    {
        var before = work.Snapshot();
        var remoteBefore = remote.Snapshot();

        var result = StewardRunner.Run(work.Root, args);

        result.ExitCode.Should().Be(code, result.Error);
        result.Error.Should().Be(error);
        work.Snapshot().Should().Be(before);
        remote.Snapshot().Should().Be(remoteBefore);
    }
}

using Steward.Tests.Support;

namespace Steward.Tests.Monorepo;

/// <summary>release.tagsPerPush: the branch and the first N tags in one atomic push, the rest in pushes of N; --continue finishes them.</summary>
public sealed class MonorepoTagsPerPushTests
{
    [Fact]
    public void Tags_go_in_batches_after_the_atomic_push_of_the_branch_and_the_first_batch()
    {
        using var repos = new MonorepoReleaseRepository();
        var work = repos.Work;
        work.WriteFile("steward.yml", MonorepoRepository.Components + "release:\n  tagsPerPush: 1\n")
            .WriteFile("apps/web/a.js", "1\n").WriteFile("libs/core/a.cs", "1\n").Commit("fix: web and core");

        var dryRun = repos.Release("--dry-run", "--push");

        dryRun.ExitCode.Should().Be(0, dryRun.Error);
        dryRun.Out.Should().NotContain("warning:")
            .And.Contain("git push --atomic --porcelain -- origin HEAD:refs/heads/main refs/tags/api-v1.3.0\n")
            .And.Contain("git push --atomic --porcelain -- origin refs/tags/web-v0.4.1\n");

        var result = repos.Release("--push");

        result.ExitCode.Should().Be(0, result.Error);
        var head = work.Git("rev-parse", "HEAD").Trim();
        foreach (var tag in new[] { "api-v1.3.0", "web-v0.4.1", "chart-v3.0.1", "core-v2.1.1" })
        {
            repos.Remote.Git("rev-parse", tag + "^{commit}").Trim().Should().Be(head);
        }
    }

    [Fact]
    public void A_batch_the_remote_refuses_after_the_point_of_no_return_is_finished_by_continue()
    {
        using var repos = new MonorepoReleaseRepository();
        var work = repos.Work;
        work.WriteFile("steward.yml", MonorepoRepository.Components + "release:\n  tagsPerPush: 1\n").Commit("chore: push a tag at a time");
        repos.Remote.WriteFile("hooks/pre-receive", "#!/bin/sh\nwhile read old new ref; do case \"$ref\" in refs/tags/chart-*) echo no chart tags >&2; exit 1;; esac; done\nexit 0\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(repos.Remote.FullPath("hooks/pre-receive"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var result = repos.Release("--push");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("but the push of chart-v3.0.1 to 'origin' failed").And.Contain("run 'steward release --continue'");
        repos.Remote.Git("tag", "--list", "api-v1.3.0", "chart-v3.0.1").Should().Be("api-v1.3.0\n");
        File.Delete(repos.Remote.FullPath("hooks/pre-receive"));

        var resumed = repos.Release("--continue");

        resumed.ExitCode.Should().Be(0, resumed.Error);
        repos.Remote.Git("tag", "--list", "api-v1.3.0", "chart-v3.0.1").Should().Be("api-v1.3.0\nchart-v3.0.1\n");
        File.Exists(Path.Combine(work.Root, ".git", "steward", "journal.json")).Should().BeFalse();
    }
}

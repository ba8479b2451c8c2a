using Steward.Tests.Support;
using static Steward.Tests.History.NextCommandTests;

namespace Steward.Tests.History;

public class PrereleaseTests
{
    [Fact]
    public void A_prerelease_series_counts_up_restarts_on_a_higher_bump_and_ends_in_a_release()
    {
        using var repo = Released("1.2.0");
        repo.Commit("feat: a");
        Next(repo, "--pre", "rc").Should().Be((0, "1.3.0-rc.1\n"));
        repo.Tag("v1.3.0-rc.1");

        repo.Commit("fix: b");
        Next(repo, "--pre", "rc").Should().Be((0, "1.3.0-rc.2\n"));
        repo.Tag("v1.3.0-rc.2");

        // A breaking change during the series moves X.Y.Z up and restarts N.
        repo.Commit("feat!: c");
        Next(repo, "--pre", "rc").Should().Be((0, "2.0.0-rc.1\n"));
        repo.Tag("v2.0.0-rc.1");

        // The stable release counts every commit since the last stable release, prereleases included.
        Next(repo).Should().Be((0, "2.0.0\n"));
    }

    [Fact]
    public void Channels_move_forward_only()
    {
        using var repo = Released("1.2.0");
        repo.Commit("feat: a");
        Next(repo, "--pre", "alpha").Should().Be((0, "1.3.0-alpha.1\n"));
        repo.Tag("v1.3.0-alpha.1");
        repo.Commit("fix: b");
        Next(repo, "--pre", "beta").Should().Be((0, "1.3.0-beta.1\n"));
        repo.Tag("v1.3.0-beta.1");
        repo.Commit("fix: c");

        var backwards = StewardRunner.Run(repo.Root, "next", "--pre", "alpha");

        backwards.ExitCode.Should().Be(2);
        backwards.Error.Should().Be("steward: error: --pre alpha: tag v1.3.0-beta.1 exists and 1.3.0-alpha.2 would sort below it; channels only move forward (alpha, beta, rc, release): use --pre beta or a later channel, or release without --pre\n");
        Next(repo, "--pre", "rc").Should().Be((0, "1.3.0-rc.1\n"));
    }

    [Fact]
    public void Moving_to_the_next_channel_needs_no_new_commit_but_repeating_one_does()
    {
        using var repo = Released("1.2.0");
        repo.Commit("feat: a");
        repo.Tag("v1.3.0-beta.1");

        Next(repo, "--pre", "rc").Should().Be((0, "1.3.0-rc.1\n"));
        var again = StewardRunner.Run(repo.Root, "next", "--pre", "beta");
        again.ExitCode.Should().Be(3);
        again.Error.Should().Be("steward: nothing to release: nothing releasable since v1.3.0-beta.1\n");

        repo.Commit("docs: not releasable");
        StewardRunner.Run(repo.Root, "next", "--pre", "beta").ExitCode.Should().Be(3);
        repo.Commit("fix: releasable");
        Next(repo, "--pre", "beta").Should().Be((0, "1.3.0-beta.2\n"));
    }

    [Fact]
    public void Prerelease_numbers_continue_from_tags_on_other_branches()
    {
        using var repo = Released("1.2.0");
        repo.Git("checkout", "-q", "-b", "candidate");
        repo.Commit("feat: a");
        repo.Tag("v1.3.0-rc.1").Tag("v1.3.0-rc.2", annotated: false);
        repo.Git("checkout", "-q", "main");
        repo.Commit("feat: b");

        Next(repo, "--pre", "rc").Should().Be((0, "1.3.0-rc.3\n"));
    }

    [Fact]
    public void A_prerelease_before_the_first_release_is_of_VERSION()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("VERSION", "1.0.0\n").Commit("feat: a");

        Next(repo, "--pre", "rc").Should().Be((0, "1.0.0-rc.1\n"));
        repo.Tag("v1.0.0-rc.1");
        repo.Commit("fix: b");
        Next(repo, "--pre", "rc").Should().Be((0, "1.0.0-rc.2\n"));
        Next(repo).Should().Be((0, "1.0.0\n"));
    }

    [Fact]
    public void A_channel_that_is_not_a_label_is_an_error()
    {
        using var repo = Released("1.2.0");
        repo.Commit("feat: a");

        var result = StewardRunner.Run(repo.Root, "next", "--pre", "r.c");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: --pre r.c: not a prerelease channel; use letters, digits and '-', not only digits (e.g. alpha, beta, rc)\n");
    }

    [Fact]
    public void A_prerelease_forced_higher_keeps_its_release_line()
    {
        using var repo = Released("1.2.0");
        repo.Commit("fix: a");
        Next(repo, "--as", "2.0.0-rc.1").Should().Be((0, "2.0.0-rc.1\n"));
        repo.Tag("v2.0.0-rc.1");
        repo.Commit("fix: b");

        Next(repo, "--pre", "rc").Should().Be((0, "2.0.0-rc.2\n"));
        Next(repo).Should().Be((0, "2.0.0\n"));
    }
}

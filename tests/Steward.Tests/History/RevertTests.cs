using Steward.Tests.Support;
using static Steward.Tests.History.NextCommandTests;

namespace Steward.Tests.History;

public class RevertTests
{
    [Fact]
    public void A_revert_and_its_target_in_the_same_range_cancel_out()
    {
        using var repo = Released("1.2.0");
        repo.Commit("fix: a");
        repo.WriteFile("b.txt", "b").Commit("feat: b");
        repo.Git("revert", "--no-edit", "HEAD");

        Next(repo).Should().Be((0, "1.2.1\n"));
    }

    [Fact]
    public void Reverting_the_only_change_leaves_nothing_to_release()
    {
        using var repo = Released("1.2.0");
        repo.WriteFile("b.txt", "b").Commit("feat!: b");
        repo.Git("revert", "--no-edit", "HEAD");

        StewardRunner.Run(repo.Root, "next").ExitCode.Should().Be(3);
    }

    [Fact]
    public void A_revert_of_a_released_commit_is_a_patch()
    {
        using var repo = TempGitRepository.Create();
        var feature = repo.WriteFile("b.txt", "b").Commit("feat: b");
        repo.Tag("v1.3.0");
        repo.Git("revert", "--no-edit", feature);

        Next(repo).Should().Be((0, "1.3.1\n"));
    }

    [Fact]
    public void A_revert_of_a_revert_brings_the_change_back()
    {
        using var repo = Released("1.2.0");
        repo.WriteFile("b.txt", "b").Commit("feat: b");
        repo.Git("revert", "--no-edit", "HEAD");
        repo.Git("revert", "--no-edit", "HEAD");

        Next(repo).Should().Be((0, "1.3.0\n"));
    }

    [Fact]
    public void A_conventional_revert_with_refs_cancels_too()
    {
        using var repo = Released("1.2.0");
        var feature = repo.WriteFile("b.txt", "b").Commit("feat: b");
        repo.Commit("fix: c");
        repo.Commit($"revert: let us never again speak of b\n\nRefs: {feature[..7]}");

        Next(repo).Should().Be((0, "1.2.1\n"));
    }

    [Fact]
    public void A_revert_that_names_no_commit_is_other()
    {
        using var repo = Released("1.2.0");
        repo.Commit("Revert \"feat: experimental cache\"");

        StewardRunner.Run(repo.Root, "next").ExitCode.Should().Be(3);
    }
}

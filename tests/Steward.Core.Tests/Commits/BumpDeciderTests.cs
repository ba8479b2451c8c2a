using Steward.Core.Commits;
using Steward.Core.Configuration;
using Steward.Core.Versioning;

namespace Steward.Core.Tests.Commits;

public class BumpDeciderTests
{
    private static readonly BumpPolicy Policy = new(new CommitsConfig());

    [Fact]
    public void Each_commit_gets_its_level_and_role_and_the_highest_level_wins()
    {
        var decision = Decide(
            ("c3", ["c2"], "docs: explain"),
            ("c2", ["c1", "x9"], "feat: merged"),
            ("c1", ["c0"], "fixup! feat!: x"),
            ("c0", ["b0"], "fix: mend"),
            ("b0", ["a0"], "Update README.md"));

        decision.Level.Should().Be(BumpLevel.Patch);
        decision.Commits.Select(c => (c.Commit.Commit.Sha, c.Level, c.Role)).Should().Equal(
            ("c3", BumpLevel.None, CommitRole.Counted),
            ("c2", BumpLevel.None, CommitRole.Merge),
            ("c1", BumpLevel.None, CommitRole.Autosquash),
            ("c0", BumpLevel.Patch, CommitRole.Counted),
            ("b0", BumpLevel.None, CommitRole.Other));
        decision.Deciding.Select(c => c.Commit.Commit.Sha).Should().Equal("c0");
    }

    [Fact]
    public void Revert_chains_resolve_from_the_newest()
    {
        var a = new string('a', 40);
        var r1 = new string('b', 40);
        var r2 = new string('c', 40);
        var decision = Decide(
            (r2, [r1], $"Revert \"Revert \"feat: a\"\"\n\nThis reverts commit {r1}."),
            (r1, [a], $"Revert \"feat: a\"\n\nThis reverts commit {a}."),
            (a, ["0000000"], "feat: a"));

        decision.Commits.Select(c => c.Role).Should().Equal(CommitRole.Cancelled, CommitRole.Cancelled, CommitRole.Counted);
        decision.Level.Should().Be(BumpLevel.Minor);
    }

    [Fact]
    public void A_revert_of_something_outside_the_range_is_a_patch_and_abbreviated_shas_match()
    {
        var a = "abcdef0123456789abcdef0123456789abcdef01";
        var decision = Decide(
            ("f1", [a], "revert: undo a\n\nRefs: abcdef0"),
            (a, ["e0"], "feat!: a"),
            ("e0", ["d0"], "Revert \"fix: old\"\n\nThis reverts commit 1234567890123456789012345678901234567890."));

        decision.Commits.Select(c => (c.Role, c.Level)).Should().Equal(
            (CommitRole.Cancelled, BumpLevel.None),
            (CommitRole.Cancelled, BumpLevel.None),
            (CommitRole.RevertOfReleased, BumpLevel.Patch));
        decision.Level.Should().Be(BumpLevel.Patch);
    }

    [Fact]
    public void The_0_x_settings_lower_the_level_only_below_1_0_0()
    {
        var policy = new BumpPolicy(new CommitsConfig { BumpMinorPreMajor = true, BumpPatchForMinorPreMajor = true });

        policy.ForVersion(BumpLevel.Major, SemanticVersion.Parse("0.4.0")).Should().Be(BumpLevel.Minor);
        policy.ForVersion(BumpLevel.Minor, SemanticVersion.Parse("0.4.0")).Should().Be(BumpLevel.Patch);
        policy.ForVersion(BumpLevel.Major, SemanticVersion.Parse("1.4.0")).Should().Be(BumpLevel.Major);
    }

    private static BumpDecision Decide(params (string Sha, string[] Parents, string Message)[] commits) =>
        BumpDecider.Decide(
            [.. commits.Select(c => new HistoryCommit(
                new CommitRecord(c.Sha, c.Parents, "A", "a@example.com", DateTimeOffset.UnixEpoch, c.Message),
                ConventionalCommitParser.Parse(c.Message)))],
            Policy);
}

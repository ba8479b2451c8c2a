using FsCheck;
using FsCheck.Fluent;
using Steward.Core.Changelog;

namespace Steward.Core.Tests.Changelog;

public class ReleasePartitionerTests
{
    private static Dictionary<int, List<string>> Partition(IReadOnlyList<string> tips, IEnumerable<Steward.Core.Commits.HistoryCommit> walk, out int finishedLate)
    {
        var partitioner = new ReleasePartitioner(tips);
        var completed = new List<PartitionedRelease>();
        foreach (var commit in walk)
        {
            partitioner.Add(commit, completed);
        }

        var rest = partitioner.Finish();
        finishedLate = rest.Count;
        completed.AddRange(rest);
        completed.Select(r => r.Index).Should().OnlyHaveUniqueItems("each release is handed back once");
        return completed.ToDictionary(r => r.Index, r => r.Commits.Select(c => c.Commit.Sha).ToList());
    }

    [Fact]
    public void Every_release_holds_exactly_what_git_log_tag_not_previous_tag_lists()
    {
        Prop.ForAll(
            ArbMap.Default.ArbFor<int>(),
            Gen.Choose(1, 60).ToArbitrary(),
            Gen.Choose(1, 12).ToArbitrary(),
            (seed, commits, tags) =>
            {
                var history = RandomHistory.Create(seed, commits, tags);
                var releases = Partition(history.Tips, history.RandomWalk(), out var finishedLate);

                finishedLate.Should().Be(0, "in a whole history every release finishes during the walk");
                releases.Keys.Should().BeEquivalentTo(Enumerable.Range(0, history.Tips.Count));
                for (var i = 0; i < history.Tips.Count; i++)
                {
                    var expected = history.Reach(history.Tips[i]);
                    if (i > 0)
                    {
                        expected.ExceptWith(history.Reach(history.Tips[i - 1]));
                    }

                    releases[i].Should().BeEquivalentTo(expected, $"release {i} of seed {seed}");
                    releases[i].Should().OnlyHaveUniqueItems();
                }
            }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_release_is_handed_back_as_soon_as_the_walk_reaches_the_tag_before_it()
    {
        // A line of 30 commits with a tag every 10: newest first, release 2 is whole once tag 1's commit is seen.
        var chained = Enumerable.Range(0, 30).Select(i => Commits.Linked($"{i + 1}", i == 0 ? [] : [$"{i}"])).ToList();
        var partitioner = new ReleasePartitioner([chained[9].Commit.Sha, chained[19].Commit.Sha, chained[29].Commit.Sha]);
        var completed = new List<PartitionedRelease>();
        var finishedAt = new Dictionary<int, int>();
        var maxFrontier = 0;
        for (var i = 29; i >= 0; i--)
        {
            partitioner.Add(chained[i], completed);
            maxFrontier = Math.Max(maxFrontier, partitioner.FrontierSize);
            foreach (var release in completed)
            {
                finishedAt[release.Index] = i;
                release.Commits.Should().HaveCount(10);
            }

            completed.Clear();
        }

        finishedAt.Should().Equal(new Dictionary<int, int> { [2] = 19, [1] = 9, [0] = 0 });
        maxFrontier.Should().Be(1, "a straight line keeps one commit waiting for its parent");
    }

    [Fact]
    public void Two_tags_on_one_commit_give_the_newer_an_empty_release()
    {
        var root = Commits.Linked("1");
        var tip = Commits.Linked("2", "1");
        var partitioner = new ReleasePartitioner([tip.Commit.Sha, tip.Commit.Sha]);
        var completed = new List<PartitionedRelease>();

        partitioner.Add(tip, completed);
        partitioner.Add(root, completed);

        completed.Should().HaveCount(2);
        completed.Single(c => c.Index == 1).Commits.Should().BeEmpty();
        completed.Single(c => c.Index == 0).Commits.Should().Equal(tip, root);
    }

    [Fact]
    public void A_history_cut_short_hands_back_what_it_has_when_the_walk_ends()
    {
        // A shallow clone: the tip's parent never comes, so the release is open until Finish.
        var tip = Commits.Linked("2", "1");
        var partitioner = new ReleasePartitioner([tip.Commit.Sha]);
        var completed = new List<PartitionedRelease>();

        partitioner.Add(tip, completed);

        completed.Should().BeEmpty();
        partitioner.Finish().Should().ContainSingle().Which.Commits.Should().ContainSingle();
    }

    [Fact]
    public void A_commit_added_unlisted_is_in_no_release_but_still_carries_its_parents_into_the_release()
    {
        // 3 -> 2 -> 1, one tag on 3: 2 is not listed (another component's commit), 1 still belongs to the release.
        var three = Commits.Linked("3", "2");
        var two = Commits.Linked("2", "1");
        var one = Commits.Linked("1");
        var partitioner = new ReleasePartitioner([three.Commit.Sha]);
        var completed = new List<PartitionedRelease>();

        partitioner.Add(three, completed);
        partitioner.Add(two, completed, listed: false);
        partitioner.Add(one, completed);

        completed.Should().ContainSingle().Which.Commits.Select(c => c.Commit.Sha).Should().Equal(three.Commit.Sha, one.Commit.Sha);
    }
}

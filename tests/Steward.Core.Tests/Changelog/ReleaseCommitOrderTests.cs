using FsCheck;
using FsCheck.Fluent;
using Steward.Core.Changelog;
using Steward.Core.Commits;

namespace Steward.Core.Tests.Changelog;

public class ReleaseCommitOrderTests
{
    private static HistoryCommit Commit(string name, params string[] parents) => Commits.Linked(name, parents);

    private static List<string> Names(IEnumerable<HistoryCommit> commits) => commits.Select(c => c.Message.Description).ToList();

    [Fact]
    public void A_merge_is_followed_by_the_branch_it_brought_in_then_by_the_line_it_joined()
    {
        // a - b - c ------ m      (main)
        //      \         /
        //       f1 - f2          (feature, forked at b)
        var a = Commit("a");
        var b = Commit("b", "a");
        var c = Commit("c", "b");
        var f1 = Commit("f1", "b");
        var f2 = Commit("f2", "f1");
        var m = Commit("m", "c", "f2");

        // By date git log could interleave them; the order is the same whatever order they come in.
        Names(ReleaseCommitOrder.Sort([m, c, f2, f1, b, a])).Should().Equal("m", "f2", "f1", "c", "b", "a");
        Names(ReleaseCommitOrder.Sort([m, f2, c, b, f1, a])).Should().Equal("m", "f2", "f1", "c", "b", "a");
    }

    [Fact]
    public void Commits_with_no_child_in_the_list_keep_the_order_given()
    {
        var x = Commit("x", "p");
        var y = Commit("y", "q");
        Names(ReleaseCommitOrder.Sort([y, x])).Should().Equal("y", "x");
    }

    [Fact]
    public void Any_walk_of_one_release_gives_the_same_order_children_before_parents()
    {
        Prop.ForAll(
            ArbMap.Default.ArbFor<int>(),
            Gen.Choose(1, 50).ToArbitrary(),
            (seed, count) =>
            {
                // One tip: a release's commits all descend to it, as a range read from git does.
                var history = RandomHistory.Create(seed, count, tagCount: 1);
                var first = ReleaseCommitOrder.Sort(history.RandomWalk());
                var second = ReleaseCommitOrder.Sort(history.RandomWalk());

                Names(first).Should().Equal(Names(second));
                var position = first.Select((c, i) => (c.Commit.Sha, i)).ToDictionary(p => p.Sha, p => p.i, StringComparer.Ordinal);
                foreach (var commit in first)
                {
                    foreach (var parent in commit.Commit.Parents)
                    {
                        position[parent].Should().BeGreaterThan(position[commit.Commit.Sha]);
                    }
                }
            }).QuickCheckThrowOnFailure();
    }
}

using Steward.Core.Commits;

// A seeded generator on purpose: the same seed gives the same graph, so a failing property can be replayed.
#pragma warning disable CA5394

namespace Steward.Core.Tests.Changelog;

/// <summary>
/// A random commit graph for the partition and order properties: mostly a main line, with side branches, merges
/// (of two or three parents), a second root now and then, and tags on random commits in a random version order.
/// </summary>
internal sealed class RandomHistory
{
    private RandomHistory(IReadOnlyList<HistoryCommit> commits, IReadOnlyList<string> tips, Random random)
    {
        Commits = commits;
        Tips = tips;
        Random = random;
        BySha = commits.ToDictionary(c => c.Commit.Sha, StringComparer.Ordinal);
    }

    /// <summary>Oldest first: every commit comes after its parents.</summary>
    public IReadOnlyList<HistoryCommit> Commits { get; }

    /// <summary>The commit of each release's tag, ascending by version (the same commit may carry two tags).</summary>
    public IReadOnlyList<string> Tips { get; }

    public Random Random { get; }

    public IReadOnlyDictionary<string, HistoryCommit> BySha { get; }

    public static RandomHistory Create(int seed, int commitCount, int tagCount)
    {
        var random = new Random(seed);
        var commits = new List<HistoryCommit>();
        for (var i = 0; i < commitCount; i++)
        {
            var parents = new List<string>();
            if (i > 0 && random.Next(40) != 0)
            {
                // Mostly the commit before; sometimes an older one, which starts a side branch.
                var first = random.Next(4) == 0 ? random.Next(i) : i - 1;
                parents.Add(Sha(first));
                var merges = random.Next(6) == 0 ? random.Next(1, 3) : 0;
                for (var m = 0; m < merges; m++)
                {
                    var other = Sha(random.Next(i));
                    if (!parents.Contains(other))
                    {
                        parents.Add(other);
                    }
                }
            }

            var record = new CommitRecord(Sha(i), parents, "Ada", "ada@example.com", DateTimeOffset.UnixEpoch.AddMinutes(i), $"feat: change {i}");
            commits.Add(new HistoryCommit(record, new CommitMessage(true, "feat", null, false, $"change {i}", null, [], [], $"feat: change {i}")));
        }

        var tips = Enumerable.Range(0, tagCount).Select(_ => Sha(random.Next(commitCount))).ToList();
        return new RandomHistory(commits, tips, random);
    }

    /// <summary>Every commit <paramref name="tip"/> reaches, itself included.</summary>
    public HashSet<string> Reach(string tip)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>([tip]);
        while (stack.TryPop(out var sha))
        {
            if (seen.Add(sha))
            {
                foreach (var parent in BySha[sha].Commit.Parents)
                {
                    stack.Push(parent);
                }
            }
        }

        return seen;
    }

    /// <summary>
    /// The commits the tips reach, children before parents, choosing at random among the commits whose children have
    /// all been given: any order <c>git log --topo-order</c> could take.
    /// </summary>
    public List<HistoryCommit> RandomWalk()
    {
        var reachable = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tip in Tips.Distinct())
        {
            reachable.UnionWith(Reach(tip));
        }

        var waiting = reachable.ToDictionary(s => s, _ => 0, StringComparer.Ordinal);
        foreach (var sha in reachable)
        {
            foreach (var parent in BySha[sha].Commit.Parents)
            {
                waiting[parent]++;
            }
        }

        var ready = waiting.Where(p => p.Value == 0).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        var walk = new List<HistoryCommit>();
        while (ready.Count > 0)
        {
            var at = Random.Next(ready.Count);
            var sha = ready[at];
            ready.RemoveAt(at);
            walk.Add(BySha[sha]);
            foreach (var parent in BySha[sha].Commit.Parents)
            {
                if (--waiting[parent] == 0)
                {
                    ready.Add(parent);
                }
            }
        }

        return walk;
    }

    private static string Sha(int index) => index.ToString("x40", System.Globalization.CultureInfo.InvariantCulture);
}

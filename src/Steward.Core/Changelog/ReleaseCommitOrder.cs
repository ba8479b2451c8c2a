using Steward.Core.Commits;

namespace Steward.Core.Changelog;

/// <summary>
/// The order a release lists its commits in, worked out from the commits' own parent links, so it is the same
/// whichever way they were read: one <c>git log</c> per release (<c>notes --version</c>), the unreleased range
/// (<c>release</c>), or one stream over the whole history split at the tags (<c>changelog --regenerate</c>). Git's
/// walk order depends on everything else it walked, and would otherwise list a merged branch differently in each.
/// </summary>
/// <remarks>
/// Newest first, every commit before its parents. After a merge come the commits it brought in (the side branch),
/// then the line it was merged into, as <c>git log --topo-order</c> shows them. A release read from git has one
/// head, its tip; commits whose children are all outside the list keep the order they were given in.
/// </remarks>
public static class ReleaseCommitOrder
{
    public static IReadOnlyList<HistoryCommit> Sort(IReadOnlyList<HistoryCommit> commits)
    {
        ArgumentNullException.ThrowIfNull(commits);
        if (commits.Count < 2)
        {
            return commits;
        }

        var indexBySha = new Dictionary<string, int>(commits.Count, StringComparer.Ordinal);
        for (var i = 0; i < commits.Count; i++)
        {
            indexBySha.TryAdd(commits[i].Commit.Sha, i);
        }

        // How many of each commit's children are still to be listed: a commit is ready when that reaches zero.
        var waitingChildren = new int[commits.Count];
        foreach (var commit in commits)
        {
            foreach (var parent in commit.Commit.Parents)
            {
                if (indexBySha.TryGetValue(parent, out var p))
                {
                    waitingChildren[p]++;
                }
            }
        }

        var ready = new Stack<int>();
        for (var i = commits.Count - 1; i >= 0; i--)
        {
            if (waitingChildren[i] == 0)
            {
                ready.Push(i);
            }
        }

        var sorted = new List<HistoryCommit>(commits.Count);
        while (ready.TryPop(out var index))
        {
            sorted.Add(commits[index]);

            // The first parent goes onto the stack first, so the side branch a merge brought in is listed right after it.
            foreach (var parent in commits[index].Commit.Parents)
            {
                if (indexBySha.TryGetValue(parent, out var p) && --waitingChildren[p] == 0)
                {
                    ready.Push(p);
                }
            }
        }

        // A cycle cannot come from git; a forged list keeps its leftovers, in the order given, rather than losing them.
        if (sorted.Count < commits.Count)
        {
            var listed = new HashSet<HistoryCommit>(sorted, ReferenceEqualityComparer.Instance);
            sorted.AddRange(commits.Where(c => !listed.Contains(c)));
        }

        return sorted;
    }
}

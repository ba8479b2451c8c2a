namespace Steward.Core.Commits;

/// <summary>
/// Under <see cref="MergePolicy.PrTitle"/>, the commits a release does not list because a pull request's title
/// stands for them: those each pull request merge brought in over its first parent. The walk follows first-parent
/// chains from the range's tips; each merge on a chain claims, oldest merge first, the commits of its other parents
/// that no earlier merge claimed, recursively, so a branch merged into a branch is attributed to the right merge. Each
/// commit is visited once: linear in the range.
/// </summary>
public static class PullRequestBranches
{
    /// <summary>
    /// Each commit of <paramref name="commits"/> listed through a pull request merge's title, mapped to the sha of
    /// that merge; empty unless <paramref name="merges"/> is <see cref="MergePolicy.PrTitle"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ListedByTitle(IReadOnlyList<HistoryCommit> commits, MergePolicy merges)
    {
        ArgumentNullException.ThrowIfNull(commits);
        if (merges != MergePolicy.PrTitle || !commits.Any(c => c.MergedPullRequest is not null || c.ListedUnderMerge is not null))
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        var bySha = new Dictionary<string, HistoryCommit>(commits.Count, StringComparer.Ordinal);
        var parentsInRange = new HashSet<string>(StringComparer.Ordinal);
        foreach (var commit in commits)
        {
            bySha[commit.Commit.Sha] = commit;
            parentsInRange.UnionWith(commit.Commit.Parents);
        }

        var walk = new Walk(bySha);
        foreach (var commit in commits)
        {
            if (!parentsInRange.Contains(commit.Commit.Sha))
            {
                walk.Claim(commit.Commit.Sha, null);
            }
        }

        // A part of a history (a component's commits) lacks the commits that link a branch to its merge: what was worked
        // out on the whole history stands.
        foreach (var commit in commits)
        {
            if (commit.ListedUnderMerge is { } merge)
            {
                walk.Listed[commit.Commit.Sha] = merge;
            }
        }

        return walk.Listed;
    }

    /// <summary>
    /// <paramref name="commits"/> (a whole history) with each commit a title stands for marked
    /// (<see cref="HistoryCommit.ListedUnderMerge"/>), so that a part of them still knows it.
    /// </summary>
    public static IReadOnlyList<HistoryCommit> Mark(IReadOnlyList<HistoryCommit> commits, MergePolicy merges)
    {
        var listed = ListedByTitle(commits, merges);
        return listed.Count == 0
            ? commits
            : [.. commits.Select(c => listed.TryGetValue(c.Commit.Sha, out var merge) ? c with { ListedUnderMerge = merge } : c)];
    }

    private sealed class Walk(Dictionary<string, HistoryCommit> bySha)
    {
        private readonly HashSet<string> claimed = new(StringComparer.Ordinal);

        public Dictionary<string, string> Listed { get; } = new(StringComparer.Ordinal);

        /// <summary>
        /// Claims the first-parent chain from <paramref name="start"/> and, through its merges, their branches; every
        /// commit claimed is listed under <paramref name="titleMerge"/> when it is not null.
        /// </summary>
        public void Claim(string start, string? titleMerge)
        {
            var chain = new List<HistoryCommit>();
            var sha = start;
            while (bySha.TryGetValue(sha, out var commit) && claimed.Add(sha))
            {
                chain.Add(commit);
                if (titleMerge is not null)
                {
                    Listed[sha] = titleMerge;
                }

                if (commit.Commit.Parents.Count == 0)
                {
                    break;
                }

                sha = commit.Commit.Parents[0];
            }

            // Oldest merge first: a branch forked from an earlier merged branch belongs to the earlier merge.
            for (var i = chain.Count - 1; i >= 0; i--)
            {
                var commit = chain[i];
                var owner = titleMerge ?? (commit.MergedPullRequest is not null ? commit.Commit.Sha : null);
                for (var p = 1; p < commit.Commit.Parents.Count; p++)
                {
                    Claim(commit.Commit.Parents[p], owner);
                }
            }
        }
    }
}

namespace Steward.Core.Commits;

/// <summary>
/// Which commits of a range revert which. A commit is live unless a live revert in the range reverts it, so a revert
/// of a revert brings its target back. Shas in messages may be abbreviated; they match by prefix.
/// </summary>
internal sealed class RevertGraph
{
    private readonly Dictionary<string, int> indexBySha;
    private readonly Dictionary<int, List<int>> revertedBy = [];
    private readonly Dictionary<int, List<string>> targets = [];
    private readonly bool?[] live;
    private List<string>? sortedShas;

    public RevertGraph(IReadOnlyList<HistoryCommit> commits)
    {
        // Sized up front: every commit of the range is in it.
        indexBySha = new Dictionary<string, int>(commits.Count, StringComparer.OrdinalIgnoreCase);
        live = new bool?[commits.Count];
        for (var i = 0; i < commits.Count; i++)
        {
            indexBySha[commits[i].Commit.Sha] = i;
        }

        for (var i = 0; i < commits.Count; i++)
        {
            var shas = commits[i].Message.RevertedShas;
            if (shas.Count == 0)
            {
                continue;
            }

            targets[i] = [.. shas];
            foreach (var sha in shas)
            {
                var target = Find(sha);
                if (target is { } t && t != i)
                {
                    if (!revertedBy.TryGetValue(t, out var list))
                    {
                        revertedBy[t] = list = [];
                    }

                    list.Add(i);
                }
            }
        }
    }

    public bool IsRevert(int index) => targets.ContainsKey(index);

    /// <summary>True when some commit this one reverts is not in the range, i.e. it was released before.</summary>
    public bool RevertsOutsideRange(int index) => targets[index].Any(sha => Find(sha) is null);

    public bool IsLive(int index) => IsLive(index, depth: 0);

    private bool IsLive(int index, int depth)
    {
        if (live[index] is { } known)
        {
            return known;
        }

        // A revert always comes after its target, so chains end; the depth guard only protects against forged messages.
        var result = depth > 64 || !revertedBy.TryGetValue(index, out var reverters) || !reverters.Any(r => IsLive(r, depth + 1));
        live[index] = result;
        return result;
    }

    private int? Find(string sha)
    {
        if (indexBySha.TryGetValue(sha, out var index))
        {
            return index;
        }

        if (sha.Length >= 40)
        {
            return null;
        }

        // An abbreviated sha: binary search in the sorted shas, so many reverts never make the range quadratic.
        sortedShas ??= [.. indexBySha.Keys.Order(StringComparer.OrdinalIgnoreCase)];
        var at = sortedShas.BinarySearch(sha, StringComparer.OrdinalIgnoreCase);
        var first = at >= 0 ? at : ~at;
        return first < sortedShas.Count && sortedShas[first].StartsWith(sha, StringComparison.OrdinalIgnoreCase)
            ? indexBySha[sortedShas[first]]
            : null;
    }
}

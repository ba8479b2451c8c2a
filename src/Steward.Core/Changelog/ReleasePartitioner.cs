using Steward.Core.Commits;

namespace Steward.Core.Changelog;

/// <summary>
/// Splits one walk over the whole history into releases: release <c>i</c> is every commit tag <c>i</c> reaches and
/// tag <c>i - 1</c> does not (what <c>git log tag_i ^tag_i-1</c> lists), for tags ascending by version. Commits must
/// come children first (<c>git log --topo-order</c>); each release is handed back as soon as no commit still to come
/// can belong to it, so memory holds the releases under way, not the history.
/// </summary>
/// <remarks>
/// The walk carries, for every commit it has seen a child of but not the commit itself (the frontier), the releases
/// whose tags reach it. A commit's reach is its children's reaches and its own tags, so a commit yet to come can
/// only start a run where a frontier commit does or where it carries a tag itself. Release <c>i</c> is therefore
/// complete once its tag's commit has been seen and no frontier commit starts a run at <c>i</c>.
/// </remarks>
public sealed class ReleasePartitioner
{
    private readonly Dictionary<string, List<int>> releasesByTip = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ReleaseReach> frontier = new(StringComparer.Ordinal);
    private readonly int[] frontierStarts;
    private readonly bool[] tipSeen;
    private readonly List<HistoryCommit>?[] open;
    private readonly List<int> touched = [];

    /// <param name="tips">The commit of each release's tag, ascending by version: index <c>i</c> is release <c>i</c>.</param>
    public ReleasePartitioner(IReadOnlyList<string> tips)
    {
        ArgumentNullException.ThrowIfNull(tips);
        for (var i = 0; i < tips.Count; i++)
        {
            if (!releasesByTip.TryGetValue(tips[i], out var list))
            {
                releasesByTip[tips[i]] = list = [];
            }

            list.Add(i);
        }

        frontierStarts = new int[tips.Count];
        tipSeen = new bool[tips.Count];
        open = new List<HistoryCommit>?[tips.Count];
        for (var i = 0; i < tips.Count; i++)
        {
            open[i] = [];
        }
    }

    /// <summary>How many commits wait for a parent still to come: the walk's working set, for measurements.</summary>
    public int FrontierSize => frontier.Count;

    /// <summary>
    /// Takes the next commit of the walk and adds to <paramref name="completed"/> every release it completes (in no
    /// particular order).
    /// </summary>
    /// <param name="listed">False: the commit links its parents to the releases that reach it but is listed in none (in a
    /// monorepo, a commit that touches none of this component's files), so no release holds what it never shows.</param>
    public void Add(HistoryCommit commit, ICollection<PartitionedRelease> completed, bool listed = true)
    {
        ArgumentNullException.ThrowIfNull(commit);
        ArgumentNullException.ThrowIfNull(completed);
        touched.Clear();
        var sha = commit.Commit.Sha;
        if (frontier.Remove(sha, out var reach))
        {
            Count(reach, -1);
        }
        else
        {
            reach = ReleaseReach.None;
        }

        if (releasesByTip.TryGetValue(sha, out var own))
        {
            foreach (var release in own)
            {
                tipSeen[release] = true;
                touched.Add(release);
                reach = ReleaseReach.Union(reach, ReleaseReach.Of(release));
            }
        }

        for (var run = 0; listed && run < reach.RunCount; run++)
        {
            open[reach.StartAt(run)]?.Add(commit);
        }

        if (!reach.IsEmpty)
        {
            foreach (var parent in commit.Commit.Parents)
            {
                if (frontier.TryGetValue(parent, out var before))
                {
                    Count(before, -1);
                }

                var after = before is null ? reach : ReleaseReach.Union(before, reach);
                frontier[parent] = after;
                Count(after, +1);
            }
        }

        foreach (var release in touched)
        {
            if (tipSeen[release] && frontierStarts[release] == 0 && open[release] is { } commits)
            {
                open[release] = null;
                completed.Add(new PartitionedRelease(release, commits));
            }
        }
    }

    /// <summary>
    /// The releases still open when the walk ends. None in a full history; in a shallow clone a cut-off parent
    /// never comes, and its releases end where the history does.
    /// </summary>
    public IReadOnlyList<PartitionedRelease> Finish()
    {
        var rest = new List<PartitionedRelease>();
        for (var i = 0; i < open.Length; i++)
        {
            if (open[i] is { } commits)
            {
                open[i] = null;
                rest.Add(new PartitionedRelease(i, commits));
            }
        }

        frontier.Clear();
        return rest;
    }

    private void Count(ReleaseReach reach, int delta)
    {
        for (var run = 0; run < reach.RunCount; run++)
        {
            var start = reach.StartAt(run);
            frontierStarts[start] += delta;
            if (delta < 0)
            {
                touched.Add(start);
            }
        }
    }
}

using Steward.Core.Changelog;
using Steward.Core.Commits;
using Steward.Core.Versioning;

namespace Steward.Changelog;

/// <summary>
/// One component's releases as a walk over the history (children first) passes them: commits go in one at a time, and
/// out come the releases of its changelog tags, newest first, each as soon as the walk is past it and every newer one
/// is out. One walk can feed several streams (a monorepo's components), each splitting it at its own tags.
/// </summary>
internal sealed class ChangelogReleaseStream
{
    private readonly List<VersionTag> tagsAscending;
    private readonly Func<VersionTag, VersionTag?, IReadOnlyList<HistoryCommit>, Release> build;
    private readonly ReleasePartitioner partitioner;
    private readonly Dictionary<int, Release> built = [];
    private readonly List<PartitionedRelease> completed = [];
    private int next;

    /// <param name="tagsAscending">The changelog's tags, ascending: each release's range starts at the tag before it.</param>
    /// <param name="build">Builds the release of a tag from the tag before it (null: the first) and its commits.</param>
    public ChangelogReleaseStream(List<VersionTag> tagsAscending, Func<VersionTag, VersionTag?, IReadOnlyList<HistoryCommit>, Release> build)
    {
        this.tagsAscending = tagsAscending;
        this.build = build;
        partitioner = new ReleasePartitioner([.. tagsAscending.Select(t => t.Sha)]);
        next = tagsAscending.Count - 1;
        Tips = [.. tagsAscending.Select(t => t.Sha).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The commits the walk starts from: every tag's commit, once.</summary>
    public IReadOnlyList<string> Tips { get; }

    /// <summary>Takes the walk's next commit; returns the releases now ready, newest first (usually none).</summary>
    /// <param name="commit">The commit.</param>
    /// <param name="listed">False: a commit the component's releases never list (it touches none of its files).</param>
    public IReadOnlyList<Release> Add(HistoryCommit commit, bool listed = true)
    {
        partitioner.Add(commit, completed, listed);
        return TakeReady();
    }

    /// <summary>Ends the walk: the releases still to come, newest first.</summary>
    public IReadOnlyList<Release> Finish()
    {
        completed.AddRange(partitioner.Finish());
        return TakeReady();
    }

    // Releases finish roughly newest first; one that finishes early waits, built, for the newer ones.
    // Asked after every commit: most commits finish no release, and then nothing is allocated.
    private List<Release> TakeReady()
    {
        if (completed.Count == 0)
        {
            return [];
        }

        foreach (var release in completed)
        {
            var previous = release.Index > 0 ? tagsAscending[release.Index - 1] : null;
            built[release.Index] = build(tagsAscending[release.Index], previous, release.Commits);
        }

        completed.Clear();
        var ready = new List<Release>();
        while (built.Remove(next, out var release))
        {
            ready.Add(release);
            next--;
        }

        return ready;
    }
}

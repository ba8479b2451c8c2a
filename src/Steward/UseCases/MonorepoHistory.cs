using Steward.Configuration;
using Steward.Core.Commits;
using Steward.Core.Components;
using Steward.Core.Configuration;
using Steward.Git;
using Steward.Workspace;

namespace Steward.UseCases;

/// <summary>
/// Every component's release range from ONE history walk: a commit belongs to every component whose files it touches
/// (and is in the range of those whose last release it comes after); a commit touching none belongs to none.
/// </summary>
/// <param name="Scopes">One scope per component, in the order of steward.yml, each with its own release range.</param>
/// <param name="Since">For each component, every walked commit after its last release, whatever it touches (where a
/// <c>Release-As: NAME@X.Y.Z</c> footer is looked for).</param>
/// <param name="Unowned">The walked commits that touch no component's files.</param>
internal sealed record MonorepoHistory(
    IReadOnlyList<HistoryScope> Scopes,
    IReadOnlyList<IReadOnlyList<HistoryCommit>> Since,
    IReadOnlyList<HistoryCommit> Unowned)
{
    /// <param name="headAsFound">The verb has not moved HEAD since it found the repository: HEAD is taken as found rather
    /// than asked of git again.</param>
    public static MonorepoHistory Read(ProjectDirectory project, Repository repository, StewardConfig config, IReadOnlyList<Component> components, bool headAsFound = false)
    {
        var reader = new ReleaseRangeReader(repository.Git, headAsFound ? repository.Head : null);
        var walk = reader.ReadComponents([.. components.Select(c => c.TagPrefix)]);
        var files = new ComponentFiles(components);
        var owned = components.Select(_ => new List<HistoryCommit>()).ToList();
        var since = components.Select(_ => new List<HistoryCommit>()).ToList();
        var unowned = new List<HistoryCommit>();
        var owners = new bool[components.Count];

        // Worked out on the whole walk: a component's share may lack the commits that join a branch to its merge.
        var merges = MergePolicies.Parse(config.Commits.Merges);
        var marked = merges == MergePolicy.PrTitle ? PullRequestBranches.Mark([.. walk.Commits.Select(c => c.Commit)], merges) : null;
        for (var c = 0; c < walk.Commits.Count; c++)
        {
            var commit = marked is null ? walk.Commits[c] : walk.Commits[c] with { Commit = marked[c] };
            Array.Clear(owners);
            foreach (var path in commit.Files)
            {
                files.Mark(path, owners);
            }

            if (!owners.Contains(true))
            {
                unowned.Add(commit.Commit);
            }

            for (var i = 0; i < components.Count; i++)
            {
                if (walk.Components[i].InRange[c])
                {
                    since[i].Add(commit.Commit);
                    if (owners[i])
                    {
                        owned[i].Add(commit.Commit);
                    }
                }
            }
        }

        // Each component's decision reads its changelog as committed (retracted versions): all of them in two processes.
        reader.Prefetch(walk.To, [.. components.Select(c => c.ChangelogFile)]);
        var scopes = new List<HistoryScope>();
        for (var i = 0; i < components.Count; i++)
        {
            scopes.Add(new HistoryScope(project, repository, config, components[i], reader, Range(walk, i, owned[i])));
        }

        return new MonorepoHistory(scopes, since, unowned);
    }

    private static ReleaseRange Range(ComponentWalk walk, int index, List<HistoryCommit> commits)
    {
        var bounds = walk.Components[index];
        var last = bounds.LastRelease;
        var reachable = bounds.Reachable;
        if (reachable is null)
        {
            // The last release and the tags on the commits after it (prereleases since the last release live there).
            var tagsBySha = bounds.AllTags.ToLookup(t => t.Sha, StringComparer.OrdinalIgnoreCase);
            var inRange = walk.Commits.Where((_, c) => bounds.InRange[c]).SelectMany(c => tagsBySha[c.Commit.Commit.Sha]);
            reachable = [.. inRange.Concat(last is null ? [] : [last]).Distinct().OrderBy(t => t.Version)];
        }

        return new ReleaseRange(walk.To, last, last?.Version, last?.Sha, reachable, bounds.AllTags, commits);
    }
}

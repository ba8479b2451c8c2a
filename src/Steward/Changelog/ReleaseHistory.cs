using Steward.Core.Changelog;
using Steward.Core.Changelog.Links;
using Steward.Core.Commits;
using Steward.Core.Components;
using Steward.Core.Errors;
using Steward.Core.Versioning;
using Steward.Git;

namespace Steward.Changelog;

/// <summary>
/// Builds releases from the repository's history with the history readers: the unreleased one (as the next version)
/// and the release of any version tag, alone (one streaming git log over its range) or all of them (one streaming
/// git log over the whole history).
/// </summary>
internal sealed class ReleaseHistory : IDisposable
{
    private readonly Repository repository;
    private readonly Component component;
    private readonly MailmapReader mailmap;
    private IReadOnlyList<VersionTag>? tags;
    private IReadOnlyList<VersionTag>? reachableTags;
    private readonly IReadOnlySet<string>? owned;

    private ReleaseHistory(Repository repository, Component component, ChangelogOptions options, ForgeLinks? links, IReadOnlySet<string>? owned)
    {
        this.repository = repository;
        this.component = component;
        this.owned = owned;
        Options = options;
        Links = links;
        mailmap = new MailmapReader(repository.Git, repository.IsBare);
    }

    public ChangelogOptions Options { get; }

    public ForgeLinks? Links { get; }

    private string Prefix => component.TagPrefix;

    /// <summary>The history of <paramref name="component"/>: its release tags, and its changelog's settings.</summary>
    /// <param name="owned">In a monorepo, the commits that touch the component's files (<see cref="ComponentCommits"/>):
    /// each release lists those only. Null: every commit of a release's range.</param>
    public static ReleaseHistory Open(Repository repository, Component component, IReadOnlySet<string>? owned = null)
    {
        var options = ChangelogOptions.From(component.Changelog, component.Merges);
        var remote = component.Changelog.Links.Remote;
        string? url = null;
        if (remote.Length > 0 && !remote.StartsWith('-'))
        {
            var result = repository.Git.Run(["config", "--get", $"remote.{remote}.url"]);
            url = result.Succeeded ? result.Output.Trim() : null;
        }

        return new ReleaseHistory(repository, component, options, ForgeLinks.Resolve(url, component.Changelog.Links), owned);
    }

    /// <summary>Ends the mailmap lookups (one git process, started on the first).</summary>
    public void Dispose() => mailmap.Dispose();

    /// <summary>Every version tag, ascending by version (read once).</summary>
    public IReadOnlyList<VersionTag> Tags => tags ??= new TagReader(repository.Git).ReadVersionTags(Prefix);

    /// <summary>The commits of <paramref name="range"/> (since the last release) as the release <paramref name="version"/>.</summary>
    public Release Unreleased(ReleaseRange range, SemanticVersion version, DateOnly date)
    {
        var previousTag = range.LastRelease?.Name ?? (range.BaseVersion is null ? null : Prefix + range.BaseVersion);
        var info = new ReleaseInfo(version.ToString(), Prefix + version, date, range.BaseVersion?.ToString(), previousTag);
        return Build(info, range.Commits);
    }

    /// <summary>The release of an existing tag: the commits after the release before it, dated with the tag's date.</summary>
    /// <param name="describe">Puts the notes of pull request descriptions read from the forge on the commits (--pr-notes api), or null.</param>
    public Release ForTag(VersionTag tag, Func<IReadOnlyList<HistoryCommit>, IReadOnlyList<HistoryCommit>>? describe = null)
    {
        var previous = PreviousOf(tag);
        IReadOnlyList<HistoryCommit> commits = new HistoryReader(repository.Git).Read(tag.Sha, previous is null ? null : [previous.Sha]).ToList();
        return Build(Describe(tag, previous), describe is null ? commits : describe(commits));
    }

    /// <summary>The tag of <paramref name="version"/>; an unknown version is an error that says how to list them.</summary>
    public VersionTag TagOf(SemanticVersion version) =>
        Tags.LastOrDefault(t => SemanticVersion.ComparePrecedence(t.Version, version) == 0)
        ?? throw Messages.NoSuchReleaseTag(version.ToString(), Prefix);

    /// <summary>The version tags reachable from HEAD, ascending by version (read once): the releases of this history.</summary>
    public IReadOnlyList<VersionTag> ReachableTags => reachableTags ??= new TagReader(repository.Git).ReadVersionTags(Prefix, "HEAD");

    /// <summary>
    /// The releases a regenerated changelog lists, newest first: every stable release reachable from HEAD, and
    /// prereleases only of a series no stable release has closed yet. A tag only on another branch (a beta line not
    /// merged, a maintenance release on its support branch) is not a release of this history.
    /// </summary>
    public IEnumerable<VersionTag> ChangelogTagsNewestFirst()
    {
        var latestStable = ReachableTags.LastOrDefault(t => !t.IsPrerelease)?.Version;
        return ReachableTags.Where(t => !t.IsPrerelease || latestStable is null || t.Version > latestStable).Reverse();
    }

    /// <summary>
    /// The release of every tag in <see cref="ChangelogTagsNewestFirst"/>, newest first, from ONE <c>git log</c> over
    /// the whole history split at the tags: each release is built as soon as the walk is past it, so memory holds the
    /// releases under way, not the history. Each comes out as <see cref="ForTag"/> would build it.
    /// </summary>
    public IEnumerable<Release> ChangelogReleasesNewestFirst()
    {
        // Ascending, so that each tag's range starts at the one before it: for a stable release the previous stable
        // one, for a prerelease above the last stable release the version just below it, as PreviousOf gives them.
        var tagsAscending = ChangelogTagsNewestFirst().Reverse().ToList();
        var partitioner = new ReleasePartitioner(tagsAscending.Select(t => t.Sha).ToList());
        var built = new Dictionary<int, Release>();
        var next = tagsAscending.Count - 1;
        var completed = new List<PartitionedRelease>();
        var tips = tagsAscending.Select(t => t.Sha).Distinct(StringComparer.Ordinal).ToList();
        foreach (var commit in new HistoryReader(repository.Git).ReadTopological(tips))
        {
            partitioner.Add(commit, completed);
            foreach (var release in TakeReady())
            {
                yield return release;
            }
        }

        completed.AddRange(partitioner.Finish());
        foreach (var release in TakeReady())
        {
            yield return release;
        }

        // Releases finish roughly newest first; one that finishes early waits, built, for the newer ones.
        // Asked after every commit: most commits finish no release, and then nothing is allocated.
        IReadOnlyList<Release> TakeReady()
        {
            if (completed.Count == 0)
            {
                return [];
            }

            foreach (var release in completed)
            {
                built[release.Index] = BuildAt(tagsAscending, release);
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

    /// <summary>
    /// The release before <paramref name="tag"/>: for a stable release the previous stable one (its notes cover
    /// the prereleases in between), for a prerelease the version just below it.
    /// </summary>
    private VersionTag? PreviousOf(VersionTag tag) =>
        Tags.LastOrDefault(t => t.Version < tag.Version && (tag.IsPrerelease || !t.IsPrerelease));

    private Release BuildAt(List<VersionTag> tagsAscending, PartitionedRelease release)
    {
        var tag = tagsAscending[release.Index];
        var previous = release.Index > 0 ? tagsAscending[release.Index - 1] : null;
        return Build(Describe(tag, previous), release.Commits);
    }

    private static ReleaseInfo Describe(VersionTag tag, VersionTag? previous) =>
        new(tag.Version.ToString(), tag.Name, DateOnly.FromDateTime(tag.Date.DateTime), previous?.Version.ToString(), previous?.Name);

    private Release Build(ReleaseInfo info, IReadOnlyList<HistoryCommit> commits) =>
        ReleaseBuilder.Build(info, owned is null ? commits : [.. commits.Where(c => owned.Contains(c.Commit.Sha))], Options, Links, mailmap.Map);
}

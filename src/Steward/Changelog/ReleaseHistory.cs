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

    private ReleaseHistory(Repository repository, Component component, ForgeLinks? links, IReadOnlySet<string>? owned, MailmapReader mailmap)
    {
        this.repository = repository;
        this.component = component;
        this.owned = owned;
        this.mailmap = mailmap;
        Options = ChangelogOptions.From(component.Changelog, component.Merges);
        Links = links;
    }

    public ChangelogOptions Options { get; }

    public ForgeLinks? Links { get; }

    private string Prefix => component.TagPrefix;

    /// <summary>The history of <paramref name="component"/>: its release tags, and its changelog's settings.</summary>
    /// <param name="owned">In a monorepo, the commits that touch the component's files (<see cref="ComponentCommits"/>):
    /// each release lists those only. Null: every commit of a release's range.</param>
    public static ReleaseHistory Open(Repository repository, Component component, IReadOnlySet<string>? owned = null) =>
        new(repository, component, ForgeLinks.Resolve(RemoteUrl(repository, component.Changelog.Links.Remote), component.Changelog.Links), owned, new MailmapReader(repository.Git, repository.IsBare));

    /// <summary>
    /// The histories of several components of a monorepo, reading what they share once: the tags reachable from HEAD
    /// (one <c>git for-each-ref</c> for all), each remote's address, and the mailmap (<paramref name="mailmap"/>: one
    /// process for all, which the caller disposes).
    /// </summary>
    /// <param name="owned">For each component, the commits that touch its files, or null for every commit.</param>
    public static IReadOnlyList<ReleaseHistory> OpenAll(
        Repository repository, IReadOnlyList<Component> components, IReadOnlyList<IReadOnlySet<string>?> owned, MailmapReader mailmap)
    {
        var reachable = new TagReader(repository.Git).ReadVersionTags([.. components.Select(c => c.TagPrefix)], "HEAD");
        var urls = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var remote in components.Select(c => c.Changelog.Links.Remote).Distinct(StringComparer.Ordinal))
        {
            urls[remote] = RemoteUrl(repository, remote);
        }

        return [.. components.Select((c, i) => new ReleaseHistory(repository, c, ForgeLinks.Resolve(urls[c.Changelog.Links.Remote], c.Changelog.Links), owned[i], mailmap) { reachableTags = reachable[i] })];
    }

    private static string? RemoteUrl(Repository repository, string remote) =>
        Linkable(remote) ? new WorkTreeReader(repository.Git).ConfigValue(RemoteKey(remote)) : null;

    /// <summary>
    /// Starts the configuration lookups <see cref="Open"/> makes (the remote's address, the mailmap's settings), so that
    /// they run while the history is walked; for a run that opens the history right after reading the range.
    /// </summary>
    public static void ReadAhead(Repository repository, Component component)
    {
        var remote = component.Changelog.Links.Remote;
        if (Linkable(remote))
        {
            new WorkTreeReader(repository.Git).ConfigValueAhead(RemoteKey(remote));
        }

        MailmapReader.ReadAhead(repository.Git, repository.IsBare);
    }

    private static bool Linkable(string remote) => remote.Length > 0 && !remote.StartsWith('-');

    private static string RemoteKey(string remote) => $"remote.{remote}.url";

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
        var stream = ChangelogStream();
        foreach (var commit in new HistoryReader(repository.Git).ReadTopological(stream.Tips))
        {
            foreach (var release in stream.Add(commit))
            {
                yield return release;
            }
        }

        foreach (var release in stream.Finish())
        {
            yield return release;
        }
    }

    /// <summary>
    /// The releases of <see cref="ChangelogTagsNewestFirst"/> out of a walk the caller makes (from the stream's tips,
    /// children first): how one walk serves every component of a monorepo.
    /// </summary>
    public ChangelogReleaseStream ChangelogStream() =>
        // Ascending, so that each tag's range starts at the one before it: for a stable release the previous stable
        // one, for a prerelease above the last stable release the version just below it, as PreviousOf gives them.
        new([.. ChangelogTagsNewestFirst().Reverse()], (tag, previous, commits) => Build(Describe(tag, previous), commits));

    /// <summary>
    /// The release before <paramref name="tag"/>: for a stable release the previous stable one (its notes cover
    /// the prereleases in between), for a prerelease the version just below it.
    /// </summary>
    private VersionTag? PreviousOf(VersionTag tag) =>
        Tags.LastOrDefault(t => t.Version < tag.Version && (tag.IsPrerelease || !t.IsPrerelease));

    private static ReleaseInfo Describe(VersionTag tag, VersionTag? previous) =>
        new(tag.Version.ToString(), tag.Name, DateOnly.FromDateTime(tag.Date.DateTime), previous?.Version.ToString(), previous?.Name);

    private Release Build(ReleaseInfo info, IReadOnlyList<HistoryCommit> commits) =>
        ReleaseBuilder.Build(info, owned is null ? commits : [.. commits.Where(c => owned.Contains(c.Commit.Sha))], Options, Links, mailmap.Map);
}

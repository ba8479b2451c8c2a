using System.Text.RegularExpressions;
using Steward.Core.Changelog.Links;
using Steward.Core.Commits;

namespace Steward.Core.Changelog;

/// <summary>
/// Builds one <see cref="Release"/> from the commits of its range, listed in <see cref="ReleaseCommitOrder"/> (newest
/// first, however they were read). Memory holds this release only, so a history is processed release by release. A commit and its revert in
/// the same range cancel out and neither is listed; a revert of something already released is.
/// </summary>
public static partial class ReleaseBuilder
{
    /// <summary>
    /// Builds the release. <paramref name="mailmap"/> is asked once, with every identity the release mentions, for
    /// the canonical name and email of each (git check-mailmap); identities it leaves out stay as written.
    /// </summary>
    public static Release Build(
        ReleaseInfo info,
        IReadOnlyList<HistoryCommit> commits,
        ChangelogOptions options,
        ForgeLinks? links,
        Func<IReadOnlyCollection<Identity>, IReadOnlyDictionary<Identity, Identity>>? mailmap = null)
    {
        var ordered = ReleaseCommitOrder.Sort(commits);
        var pending = new List<(string Section, HistoryCommit Commit, string Description, IReadOnlyList<EntryReference> References, IReadOnlyList<Identity> Authors)>();
        var contributors = new List<Identity>();
        var reverts = new RevertGraph(ordered);
        var listedByTitle = PullRequestBranches.ListedByTitle(ordered, options.Merges);
        var mergesWithBranch = listedByTitle.Values.ToHashSet(StringComparer.Ordinal);
        var branchAuthors = new Dictionary<string, List<Identity>>(StringComparer.Ordinal);
        for (var index = 0; index < ordered.Count; index++)
        {
            var commit = ordered[index];
            if (listedByTitle.TryGetValue(commit.Commit.Sha, out var merge))
            {
                // The pull request's title stands for this commit; its author wrote the pull request, not the merge.
                if (!CommitClassifier.IsLeftOut(commit with { MergedPullRequest = null }, options))
                {
                    var own = AuthorsOf(commit);
                    contributors.AddRange(own);
                    (branchAuthors.TryGetValue(merge, out var list) ? list : branchAuthors[merge] = []).AddRange(own);
                }

                continue;
            }

            if (CommitClassifier.IsLeftOut(commit, options) || IsCancelled(reverts, index))
            {
                continue;
            }

            var authors = AuthorsOf(commit);
            if (!mergesWithBranch.Contains(commit.Commit.Sha))
            {
                contributors.AddRange(authors);
            }

            var shownIn = CommitClassifier.SectionsOf(commit, options);
            if (shownIn.Count == 0)
            {
                continue;
            }

            var (description, references) = ReferenceExtractor.Extract(commit.Message, links);

            // A pull request's description may name its notes (NONE: none); each is an entry with the title's section and links.
            foreach (var text in commit.ReleaseNotes ?? [description])
            {
                foreach (var section in shownIn)
                {
                    pending.Add((section, commit, text, references, authors));
                }
            }
        }

        var distinctIdentities = contributors.Distinct().ToList();
        var canonical = mailmap is null || distinctIdentities.Count == 0
            ? new Dictionary<Identity, Identity>()
            : mailmap(distinctIdentities);
        // The same few people write most commits: each is looked up (mailmap, forge handle) once, not once per entry.
        var people = new Dictionary<Identity, Person>();
        Person ToPerson(Identity identity)
        {
            if (people.TryGetValue(identity, out var known))
            {
                return known;
            }

            var mapped = canonical.TryGetValue(identity, out var m) ? m : identity;
            var handle = links?.HandleFromEmail(mapped.Email);
            return people[identity] = new Person(mapped.Name, mapped.Email, handle, handle is null ? null : links!.UserUrl(handle));
        }

        var entriesBySection = options.Order.ToDictionary(key => key, _ => new List<ReleaseEntry>(), StringComparer.Ordinal);
        foreach (var (section, commit, description, references, ownAuthors) in pending)
        {
            // A merge commit's author merged the pull request; the authors of its commits wrote it.
            var authors = branchAuthors.TryGetValue(commit.Commit.Sha, out var wrote) ? wrote.Distinct().ToList() : ownAuthors;
            var message = commit.Message;
            entriesBySection[section].Add(new ReleaseEntry(
                description,
                options.ShowScope ? CommitClassifier.ScopeShownIn(section, message.Scope) : null,
                commit.Commit.Sha,
                commit.Commit.ShortSha,
                links?.CommitUrl(commit.Commit.Sha),
                references,
                authors.Count == 1 ? [ToPerson(authors[0])] : authors.Select(ToPerson).DistinctBy(p => p.Email, StringComparer.OrdinalIgnoreCase).ToList(),
                message.IsBreaking,
                BreakingNotesOf(message, description)));
        }

        var sections = options.Order
            .Select(key => new ReleaseSection(key, options.Titles[key], entriesBySection[key]))
            .ToList();
        IReadOnlyList<ReleaseEntry> breaking = entriesBySection.TryGetValue(SectionKeys.Breaking, out var b) ? b : [];

        var contributorsShown = distinctIdentities
            .Select(ToPerson)
            .Where(p => !p.Name.EndsWith("[bot]", StringComparison.OrdinalIgnoreCase) && !CommitClassifier.IsDependencyBot(p.Name))
            .DistinctBy(p => p.Email.ToLowerInvariant())
            .DistinctBy(p => p.Name)
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();

        string? compare = null;
        string? tagUrl = null;
        if (links is not null)
        {
            compare = info.PreviousTagName is null ? null : links.CompareUrl(info.PreviousTagName, info.TagName);
            tagUrl = links.TagUrl(info.TagName);
        }

        return new Release(info, compare, tagUrl, sections, breaking, contributorsShown);
    }

    /// <summary>A commit reverted within the range, or a revert whose targets are all in the range: the pair cancels out.</summary>
    private static bool IsCancelled(RevertGraph reverts, int index) =>
        !reverts.IsLive(index) || (reverts.IsRevert(index) && !reverts.RevertsOutsideRange(index));

    /// <summary>The commit's author and every <c>Co-authored-by:</c> trailer.</summary>
    public static IReadOnlyList<Identity> AuthorsOf(HistoryCommit commit)
    {
        var authors = new List<Identity> { new(commit.Commit.AuthorName, commit.Commit.AuthorEmail) };
        foreach (var footer in commit.Message.Footers)
        {
            if (footer.Token.Equals("Co-authored-by", StringComparison.OrdinalIgnoreCase))
            {
                var m = CoAuthor().Match(footer.Value.Trim());
                if (m.Success)
                {
                    authors.Add(new Identity(m.Groups["name"].Value.Trim(), m.Groups["email"].Value.Trim()));
                }
            }
        }

        // Most commits have one author and no co-author: nothing to make distinct.
        return authors.Count == 1 ? authors : authors.Distinct().ToList();
    }

    /// <summary>The migration text: the BREAKING CHANGE footers, or, for a bare <c>!</c>, nothing beyond the description.</summary>
    private static List<string> BreakingNotesOf(CommitMessage message, string description)
    {
        if (!message.IsBreaking)
        {
            return [];
        }

        return message.BreakingNotes
            .Select(n => n.Trim())
            .Where(n => n.Length > 0 && !string.Equals(n, description, StringComparison.Ordinal) && !string.Equals(n, message.Description.Trim(), StringComparison.Ordinal))
            .ToList();
    }

    [GeneratedRegex(@"^(?<name>[^<]+)<(?<email>[^>]+)>$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CoAuthor();
}

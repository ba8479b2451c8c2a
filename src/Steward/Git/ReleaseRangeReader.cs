using Steward.Core.Commits;
using Steward.Core.Errors;
using Steward.Core.Versioning;

namespace Steward.Git;

/// <summary>
/// Finds the last release reachable from a commit and reads the commits since it: one <c>git rev-parse</c> (none when
/// HEAD is already known), one <c>git for-each-ref</c> and one streaming <c>git log</c>, whatever the size of the
/// history. A shallow clone whose history stops before the last release is reported, never taken for "no release yet".
/// </summary>
internal sealed class ReleaseRangeReader
{
    private readonly GitRunner git;

    // Files read ahead by Prefetch, by commit and path (null: absent there).
    private readonly Dictionary<(string Sha, string Path), string?> committed = [];

    // HEAD as found with the repository, for a verb that does not move it: saves asking git again.
    private readonly RepositoryHead? head;

    public ReleaseRangeReader(GitRunner git, RepositoryHead? head = null)
    {
        this.git = git;
        this.head = head;
    }

    /// <param name="tagPrefix">Prefix of release tags (<c>v</c>, <c>api-v</c>).</param>
    /// <param name="from">--from: a release tag, or any commit when <paramref name="fromVersion"/> is given; null to find the last release.</param>
    /// <param name="fromVersion">--from-version: the version released at <paramref name="from"/>.</param>
    /// <param name="to">--to: the revision to answer for; null for HEAD. Tags on it are ignored.</param>
    public ReleaseRange Read(string tagPrefix, string? from = null, SemanticVersion? fromVersion = null, string? to = null)
    {
        var (toSha, shallowFile) = ResolveTarget(to);
        var allTags = new TagReader(git).ReadVersionTags(tagPrefix);

        // "What should the release at REV have been?": a tag on REV is the answer, not the question.
        var candidates = to is null ? allTags : [.. allTags.Where(t => !SameSha(t.Sha, toSha))];
        var shallow = shallowFile is null ? null : ReadShallowBoundary(shallowFile);
        var tagsBySha = candidates.ToLookup(t => t.Sha, StringComparer.OrdinalIgnoreCase);
        VersionTag? lastRelease = null;
        SemanticVersion? baseVersion;
        string? baseSha;
        IReadOnlyList<VersionTag>? reachable = null;
        if (from is not null)
        {
            (baseSha, baseVersion, lastRelease) = ResolveFrom(from, fromVersion, tagPrefix, candidates);
        }
        else
        {
            // Usually the highest stable tag is the last release: the walk since it says whether it is reachable too.
            var highest = candidates.LastOrDefault(t => !t.IsPrerelease);
            if (highest is not null && !SameSha(highest.Sha, toSha) && WalkAbove(toSha, highest, shallow, tagsBySha, tagPrefix) is { } walked)
            {
                return Range(toSha, highest, highest.Version, highest.Sha, null, candidates, walked.Commits, walked.TagsInRange);
            }

            (lastRelease, reachable) = highest is null || SameSha(highest.Sha, toSha) ? (highest, null) : ReachableRelease(candidates, tagPrefix, toSha);
            baseVersion = lastRelease?.Version;
            baseSha = lastRelease?.Sha;
        }

        // The walk started ahead for the usual case is not the one needed here.
        git.DropPrestart(HistoryReader.RangeWalk);
        var commits = new List<HistoryCommit>();
        var tagsInRange = new List<VersionTag>();
        foreach (var commit in new HistoryReader(git).Read(toSha, baseSha is null ? null : [baseSha]))
        {
            if (shallow is not null && commit.Commit.Parents.Count == 0 && shallow.Contains(commit.Commit.Sha))
            {
                throw ShallowFailure(commit.Commit, tagPrefix, lastRelease);
            }

            tagsInRange.AddRange(tagsBySha[commit.Commit.Sha]);
            commits.Add(commit);
        }

        return Range(toSha, lastRelease, baseVersion, baseSha, reachable, candidates, commits, tagsInRange);
    }

    private static ReleaseRange Range(
        string toSha, VersionTag? lastRelease, SemanticVersion? baseVersion, string? baseSha, IReadOnlyList<VersionTag>? reachable,
        IReadOnlyList<VersionTag> candidates, List<HistoryCommit> commits, List<VersionTag> tagsInRange)
    {
        // Reachable tags: every one when the slow path listed them, else the last release and the tags inside the range
        // (prereleases since the last release live there).
        reachable ??= [.. tagsInRange.Concat(lastRelease is null ? [] : [lastRelease]).Distinct().OrderBy(t => t.Version)];
        return new ReleaseRange(toSha, lastRelease, baseVersion, baseSha, reachable, candidates, commits);
    }

    /// <summary>
    /// The commits since <paramref name="highest"/> when it is reachable from <paramref name="toSha"/>, read in the one
    /// <c>git log --boundary</c> that also says so (it is reachable exactly when it is a boundary commit of the walk), so
    /// no <c>git merge-base --is-ancestor</c> runs first. Null when it is not reachable: the walk was for nothing, and the
    /// caller lists the reachable tags. A shallow boundary met on the way is reported only once the answer is known, so
    /// that it names the release the range really starts from.
    /// </summary>
    private (List<HistoryCommit> Commits, List<VersionTag> TagsInRange)? WalkAbove(
        string toSha, VersionTag highest, HashSet<string>? shallow, ILookup<string, VersionTag> tagsBySha, string tagPrefix)
    {
        var commits = new List<HistoryCommit>();
        var tagsInRange = new List<VersionTag>();
        var boundary = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        CommitRecord? shallowEnd = null;
        foreach (var commit in new HistoryReader(git).ReadAbove(toSha, highest.Sha, boundary))
        {
            if (shallowEnd is null && shallow is not null && commit.Commit.Parents.Count == 0 && shallow.Contains(commit.Commit.Sha))
            {
                shallowEnd = commit.Commit;
            }

            tagsInRange.AddRange(tagsBySha[commit.Commit.Sha]);
            commits.Add(commit);
        }

        if (!boundary.Contains(highest.Sha))
        {
            return null;
        }

        return shallowEnd is null ? (commits, tagsInRange) : throw ShallowFailure(shallowEnd, tagPrefix, highest);
    }

    /// <summary>
    /// The last release of each of <paramref name="prefixes"/> (a monorepo's components) and the commits since them, from
    /// one tag list for all and ONE <c>git log</c> for all: the walk stops at the commits every last release contains, and
    /// each component's range is the walked commits its own last release does not contain. The tags are undated (see
    /// <see cref="TagReader.ReadUndatedVersionTags"/>): deciding versions needs none, and reading every tag object for
    /// its date is what costs in a monorepo's tens of thousands of tags.
    /// </summary>
    public ComponentWalk ReadComponents(IReadOnlyList<string> prefixes)
    {
        var (toSha, _) = ResolveTarget(null);
        var tags = new TagReader(git).ReadUndatedVersionTags(prefixes);
        // Usually every component's highest stable tag is reachable, which one `git for-each-ref --merged` over just
        // those tags confirms for all of them; a component whose tag is not (a branch behind newer releases) takes the
        // slow path of a one-component read.
        var highest = tags.Select(t => t.LastOrDefault(v => !v.IsPrerelease)).ToList();
        var reachableHighest = ReachableNames(toSha, [.. highest.OfType<VersionTag>().Select(t => t.Name)]);
        var lasts = new List<(VersionTag? Last, IReadOnlyList<VersionTag>? Reachable)>();
        for (var i = 0; i < prefixes.Count; i++)
        {
            lasts.Add(highest[i] is null || reachableHighest.Contains(highest[i]!.Name) ? (highest[i], null) : FindLastRelease(tags[i], prefixes[i], toSha));
        }

        var bases = lasts.Select(l => l.Last?.Sha).ToList();
        IReadOnlyList<string> exclude = bases.Any(b => b is null) ? [] : CommonAncestors([.. bases.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)]);
        var commits = new HistoryReader(git).ReadWithFiles(toSha, exclude).ToList();
        var position = new Dictionary<string, int>(commits.Count, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < commits.Count; i++)
        {
            position[commits[i].Commit.Commit.Sha] = i;
        }

        var bounds = new List<ComponentBounds>();
        for (var i = 0; i < prefixes.Count; i++)
        {
            bounds.Add(new ComponentBounds(lasts[i].Last, lasts[i].Reachable, tags[i], AfterRelease(commits, position, bases[i])));
        }

        return new ComponentWalk(toSha, commits, bounds);
    }

    /// <summary>Which of the tags <paramref name="names"/> point at commits reachable from <paramref name="toSha"/>, in one process.</summary>
    private HashSet<string> ReachableNames(string toSha, List<string> names)
    {
        var reachable = new HashSet<string>(StringComparer.Ordinal);
        if (names.Count == 0)
        {
            return reachable;
        }

        foreach (var line in git.ReadRecords('\n', ["for-each-ref", $"--merged={toSha}", "--format=%(refname:strip=2)", .. names.Select(n => "refs/tags/" + n)], null))
        {
            reachable.Add(line.Trim());
        }

        return reachable;
    }

    /// <summary>
    /// Reads <paramref name="paths"/> as committed at <paramref name="sha"/> in two processes (one <c>git ls-tree</c>,
    /// one <c>git cat-file --batch</c>), for the <see cref="ReadCommittedFile"/> calls a run over many components makes.
    /// </summary>
    public void Prefetch(string sha, IReadOnlyList<string> paths)
    {
        var wanted = paths.Distinct(StringComparer.Ordinal).ToList();
        var blobs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var record in git.ReadRecords('\0', ["ls-tree", "-z", sha, "--", .. wanted], null))
        {
            // MODE SP TYPE SP OBJECT TAB PATH
            var tab = record.IndexOf('\t', StringComparison.Ordinal);
            var fields = tab < 0 ? [] : record[..tab].Split(' ');
            if (fields.Length == 3 && fields[1] == "blob")
            {
                blobs[record[(tab + 1)..]] = fields[2];
            }
        }

        var objects = blobs.Count == 0 ? new Dictionary<string, byte[]>() : git.ReadObjects([.. blobs.Values.Distinct(StringComparer.Ordinal)]);
        foreach (var path in wanted)
        {
            committed[(sha, path)] = blobs.TryGetValue(path, out var id) ? System.Text.Encoding.UTF8.GetString(objects[id]) : null;
        }
    }

    /// <summary>Which walked commits the release at <paramref name="baseSha"/> does not contain (its ancestors among them, found through their parents).</summary>
    private static bool[] AfterRelease(List<CommitWithFiles> commits, Dictionary<string, int> position, string? baseSha)
    {
        var after = Enumerable.Repeat(true, commits.Count).ToArray();
        if (baseSha is null || !position.TryGetValue(baseSha, out var start))
        {
            // No release, or one among the commits every release contains (not walked): every walked commit is after it.
            return after;
        }

        var pending = new Stack<int>();
        pending.Push(start);
        after[start] = false;
        while (pending.Count > 0)
        {
            foreach (var parent in commits[pending.Pop()].Commit.Commit.Parents)
            {
                if (position.TryGetValue(parent, out var p) && after[p])
                {
                    after[p] = false;
                    pending.Push(p);
                }
            }
        }

        return after;
    }

    /// <summary>Commits every one of <paramref name="shas"/> contains (their octopus merge bases): nothing before them is in any range.</summary>
    private List<string> CommonAncestors(List<string> shas)
    {
        if (shas.Count == 1)
        {
            return shas;
        }

        var result = git.Run(["merge-base", "--all", "--octopus", .. shas]);
        return result.Succeeded ? [.. result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim())] : [];
    }

    /// <summary>
    /// The highest stable version tag reachable from <paramref name="toSha"/>. Usually the highest stable tag of all is
    /// reachable, which one <c>git merge-base --is-ancestor</c> confirms by walking only the commits since it. Otherwise
    /// (a maintenance branch behind newer releases) <c>git for-each-ref --merged</c> lists the reachable tags, at the cost
    /// of walking the whole history.
    /// </summary>
    private (VersionTag? Last, IReadOnlyList<VersionTag>? Reachable) FindLastRelease(IReadOnlyList<VersionTag> candidates, string tagPrefix, string toSha)
    {
        var highest = candidates.LastOrDefault(t => !t.IsPrerelease);
        if (highest is null)
        {
            return (null, null);
        }

        var check = git.Run(["merge-base", "--is-ancestor", highest.Sha, toSha]);
        if (check.ExitCode == 0)
        {
            return (highest, null);
        }

        return check.ExitCode == 1
            ? ReachableRelease(candidates, tagPrefix, toSha)
            : throw GitRunner.Failure(["merge-base", "--is-ancestor", highest.Name], check);
    }

    /// <summary>
    /// The highest stable version tag reachable from <paramref name="toSha"/> when the highest of all is not (a maintenance
    /// branch behind newer releases): <c>git for-each-ref --merged</c> lists the reachable tags, at the cost of walking the
    /// whole history.
    /// </summary>
    private (VersionTag? Last, IReadOnlyList<VersionTag>? Reachable) ReachableRelease(IReadOnlyList<VersionTag> candidates, string tagPrefix, string toSha)
    {
        var candidateNames = candidates.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var reachable = new TagReader(git).ReadVersionTags(tagPrefix, toSha)
            .Where(t => candidateNames.Contains(t.Name))
            .ToList();
        return (reachable.LastOrDefault(t => !t.IsPrerelease), reachable);
    }

    private static bool SameSha(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>The shas after <paramref name="sinceSha"/> up to <paramref name="toSha"/>, for the "anything new since the last prerelease?" question.</summary>
    public IReadOnlySet<string> ShasSince(string sinceSha, string toSha)
    {
        var shas = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in git.ReadRecords('\n', "rev-list", toSha, "^" + sinceSha, "--"))
        {
            if (line.Length > 0)
            {
                shas.Add(line.Trim());
            }
        }

        return shas;
    }

    /// <summary>A file's text as committed at <paramref name="sha"/> (for a bare repository, which has no work tree); null when absent.</summary>
    public string? ReadCommittedFile(string sha, string path)
    {
        if (committed.TryGetValue((sha, path), out var known))
        {
            return known;
        }

        var result = git.Run(CommittedFile(sha, path));
        return result.Succeeded ? result.Output : null;
    }

    /// <summary>Starts reading what <see cref="ReadCommittedFile"/> will be asked for once the walk has started, so that it runs beside it.</summary>
    public void ReadCommittedFileAhead(string sha, string path)
    {
        if (!committed.ContainsKey((sha, path)))
        {
            git.ReadAheadOnceWalking(CommittedFile(sha, path));
        }
    }

    /// <summary>Records that <paramref name="path"/> is not committed at <paramref name="sha"/>, as git already said: <see cref="ReadCommittedFile"/> then answers null without asking again.</summary>
    public void KnowAbsent(string sha, string path) => committed[(sha, path)] = null;

    private static string[] CommittedFile(string sha, string path) => ["cat-file", "blob", $"{sha}:{path}"];

    /// <summary>Resolves a user-given revision to a commit sha; an unknown one is an error naming it.</summary>
    public string ResolveCommit(string revision, string optionName)
    {
        CheckRevisionText(revision, optionName);
        var result = git.Run(["rev-parse", "--verify", "--quiet", revision + "^{commit}"]);
        return result.Succeeded
            ? result.Output.Trim()
            : throw UnknownRevision(revision, optionName);
    }

    private (string Sha, string? ShallowFile) ResolveTarget(string? to)
    {
        if (to is null && head is not null)
        {
            return (head.Sha, head.ShallowFile);
        }

        var revision = to ?? "HEAD";
        CheckRevisionText(revision, "--to");

        // One process answers three questions: is the clone shallow, where is its boundary list, which commit is the target.
        var result = git.Run(["rev-parse", "--is-shallow-repository", "--git-path", "shallow", "--verify", "--quiet", revision + "^{commit}"]);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (!result.Succeeded || lines.Length < 3)
        {
            if (to is null)
            {
                throw Messages.NoCommitsYet();
            }

            throw UnknownRevision(revision, "--to");
        }

        var shallowFile = lines[0].Trim() == "true" ? Path.GetFullPath(lines[1].Trim(), git.WorkingDirectory) : null;
        return (lines[2].Trim(), shallowFile);
    }

    private (string Sha, SemanticVersion Version, VersionTag? Tag) ResolveFrom(string from, SemanticVersion? fromVersion, string tagPrefix, IReadOnlyList<VersionTag> reachable)
    {
        var sha = ResolveCommit(from, "--from");
        if (fromVersion is not null)
        {
            return (sha, fromVersion, null);
        }

        var name = from.StartsWith("refs/tags/", StringComparison.Ordinal) ? from["refs/tags/".Length..] : from;
        var version = VersionTag.VersionOf(name, tagPrefix)
            ?? throw (tagPrefix.Length > 0 && VersionTag.VersionOf(name, string.Empty) is not null
                ? Messages.FromTagLacksPrefix(from, tagPrefix)
                : Messages.FromNotAReleaseTag(from, tagPrefix));
        var tag = reachable.FirstOrDefault(t => t.Name == name);
        return (sha, version, tag);
    }

    private static HashSet<string> ReadShallowBoundary(string path)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (File.Exists(path))
        {
            foreach (var line in File.ReadLines(path))
            {
                if (line.Trim().Length > 0)
                {
                    set.Add(line.Trim());
                }
            }
        }

        return set;
    }

    private static StewardException ShallowFailure(CommitRecord boundary, string tagPrefix, VersionTag? lastRelease) =>
        Messages.ShallowClone(boundary.ShortSha, lastRelease is null ? $"a release tag ({tagPrefix}X.Y.Z)" : lastRelease.Name);

    private static void CheckRevisionText(string revision, string optionName)
    {
        // A revision that starts with '-' would read as an option to git.
        if (revision.Length == 0 || revision.StartsWith('-'))
        {
            throw Messages.NotARevision(optionName, revision);
        }
    }

    private static StewardException UnknownRevision(string revision, string optionName) =>
        Messages.UnknownRevision(optionName, revision);
}

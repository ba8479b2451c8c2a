using Steward.Core.Commits;

namespace Steward.Git;

/// <summary>
/// Lists version tags with one <c>git for-each-ref</c>: annotated and lightweight alike, peeled to their commits.
/// Tags that do not spell a version after the prefix are left out.
/// </summary>
internal sealed class TagReader
{
    // Fields: name, object type, object, peeled type, peeled object, date (tagger date, or committer date when lightweight).
    private const string Format = "--format=%(refname:strip=2)%00%(objecttype)%00%(objectname)%00%(*objecttype)%00%(*objectname)%00%(creatordate:iso-strict)";

    private readonly GitRunner git;

    public TagReader(GitRunner git) => this.git = git;

    /// <summary>The command line that lists every tag (what <see cref="ReadVersionTags(string, string?)"/> runs without a commit), to start ahead.</summary>
    public static IReadOnlyList<string> AllVersionTags { get; } = ListTags(null);

    /// <summary>The names of the tags pointing at <paramref name="rev"/> (none in a repository without commits).</summary>
    public IReadOnlyList<string> NamesAt(string rev)
    {
        var result = git.Run(["tag", "--points-at", rev]);
        return result.Succeeded ? result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries) : [];
    }

    /// <summary>The names of the tags starting with <paramref name="prefix"/>, whatever follows it.</summary>
    public IReadOnlyList<string> NamesStartingWith(string prefix) =>
        git.Read("tag", "--list", "--", prefix + "*").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// Version tags named <paramref name="prefix"/> + SemVer, ascending by version precedence. With
    /// <paramref name="mergedInto"/> (a commit), only the tags whose commit is reachable from it.
    /// </summary>
    public IReadOnlyList<VersionTag> ReadVersionTags(string prefix, string? mergedInto = null)
    {
        var tags = new List<VersionTag>();
        foreach (var line in git.ReadRecords('\n', ListTags(mergedInto)))
        {
            var tag = ParseLine(line, prefix);
            if (tag is not null)
            {
                tags.Add(tag);
            }
        }

        tags.Sort((a, b) => a.Version.CompareTo(b.Version));
        return tags;
    }

    /// <summary>
    /// The version tags of each of <paramref name="prefixes"/> (a monorepo's components), ascending, from the same one
    /// <c>git for-each-ref</c>: a tag belongs to the prefix it spells a version after, so several components' tags on
    /// one commit each go to their own component.
    /// </summary>
    /// <param name="mergedInto">A commit: only the tags whose commit is reachable from it; null: every tag.</param>
    public IReadOnlyList<IReadOnlyList<VersionTag>> ReadVersionTags(IReadOnlyList<string> prefixes, string? mergedInto = null)
    {
        var lists = prefixes.Select(_ => new List<VersionTag>()).ToList();
        var owners = new TagPrefixOwners(prefixes);
        foreach (var line in git.ReadRecords('\n', ListTags(mergedInto)))
        {
            var nameLength = line.IndexOf('\0', StringComparison.Ordinal);
            foreach (var i in owners.Of(line.AsSpan(0, nameLength < 0 ? line.Length : nameLength)))
            {
                if (ParseLine(line, prefixes[i]) is { } tag)
                {
                    lists[i].Add(tag);
                }
            }
        }

        foreach (var list in lists)
        {
            list.Sort((a, b) => a.Version.CompareTo(b.Version));
        }

        return lists;
    }

    /// <summary>
    /// Like <see cref="ReadVersionTags(IReadOnlyList{string}, string?)"/> without reading every tag object: the tags and
    /// the commits they peel to come from <c>git show-ref -d</c> (packed-refs records the peeled values, so a clone's
    /// tens of thousands of annotated tags cost no object reads), and one <c>git cat-file --batch-check</c> over the
    /// distinct objects they point at keeps only those that are commits (a tag of a tree or blob is no release). The
    /// tags carry no date (<see cref="DateTimeOffset.MinValue"/>): for a verb that decides versions, not one that
    /// writes release dates or support windows.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<VersionTag>> ReadUndatedVersionTags(IReadOnlyList<string> prefixes)
    {
        var owners = new TagPrefixOwners(prefixes);
        var found = new List<(int Owner, string Name, Core.Versioning.SemanticVersion Version, string Sha, bool Annotated)>();

        // Thousands of annotated tags peel to a few hundred commits: each sha is one string, shared, not one per line.
        var shas = new Dictionary<string, string>(StringComparer.Ordinal);
        var shaOf = shas.GetAlternateLookup<ReadOnlySpan<char>>();
        string Shared(ReadOnlySpan<char> sha) => shaOf.TryGetValue(sha, out var known) ? known : shas[sha.ToString()] = sha.ToString();

        // --head lists HEAD too, so that a repository without tags is an answer (exit 0), not show-ref's "nothing matched".
        foreach (var line in git.ReadRecords('\n', "show-ref", "--head", "--tags", "-d"))
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0 || !line.AsSpan(space + 1).StartsWith("refs/tags/", StringComparison.Ordinal))
            {
                continue;
            }

            var name = line.AsSpan(space + 1 + "refs/tags/".Length);
            if (name.EndsWith("^{}", StringComparison.Ordinal))
            {
                // An annotated tag's commit follows its own line: every entry of the tag just read takes it.
                name = name[..^3];
                string? peeled = null;
                for (var i = found.Count - 1; i >= 0 && found[i].Name.AsSpan().SequenceEqual(name); i--)
                {
                    found[i] = found[i] with { Sha = peeled ??= Shared(line.AsSpan(0, space)), Annotated = true };
                }

                continue;
            }

            string? text = null;
            foreach (var owner in owners.Of(name))
            {
                text ??= name.ToString();
                if (VersionTag.VersionOf(text, prefixes[owner]) is { } version)
                {
                    // Until a peeled line says otherwise, a lightweight tag: the sha on this line is its commit's.
                    found.Add((owner, text, version, line[..space], false));
                }
            }
        }

        var commits = Commits([.. found.Select(f => f.Sha).Distinct(StringComparer.Ordinal)]);
        var lists = prefixes.Select(_ => new List<VersionTag>()).ToList();
        foreach (var tag in found.Where(f => commits.Contains(f.Sha)))
        {
            lists[tag.Owner].Add(new VersionTag(tag.Name, tag.Version, tag.Sha, DateTimeOffset.MinValue, tag.Annotated));
        }

        foreach (var list in lists)
        {
            list.Sort((a, b) => a.Version.CompareTo(b.Version));
        }

        return lists;
    }

    /// <summary>Which of <paramref name="objects"/> are commits, from one <c>git cat-file --batch-check</c>.</summary>
    private HashSet<string> Commits(List<string> objects)
    {
        var commits = new HashSet<string>(StringComparer.Ordinal);
        if (objects.Count == 0)
        {
            return commits;
        }

        var input = string.Join('\n', objects) + "\n";
        foreach (var line in git.ReadRecords('\n', ["cat-file", "--batch-check=%(objecttype) %(objectname)"], input))
        {
            if (line.StartsWith("commit ", StringComparison.Ordinal))
            {
                commits.Add(line["commit ".Length..].Trim());
            }
        }

        return commits;
    }

    /// <summary>
    /// The one command line that lists the version tags, with <paramref name="mergedInto"/> those reachable from it: the
    /// read started ahead (<see cref="AllVersionTags"/>) is taken only by a call with the very same arguments.
    /// </summary>
    private static string[] ListTags(string? mergedInto) =>
        mergedInto is null ? ["for-each-ref", Format, "refs/tags/"] : ["for-each-ref", Format, $"--merged={mergedInto}", "refs/tags/"];

    private static VersionTag? ParseLine(string line, string prefix)
    {
        var fields = line.Split('\0');
        if (fields.Length < 6)
        {
            return null;
        }

        var version = VersionTag.VersionOf(fields[0], prefix);
        var annotated = fields[1] == "tag";
        var type = annotated ? fields[3] : fields[1];

        // A tag of a tree or blob marks no commit, so it is no release.
        if (version is null || type != "commit")
        {
            return null;
        }

        var sha = annotated ? fields[4] : fields[2];
        var date = GitDate.TryRead(fields[5]) ?? DateTimeOffset.MinValue;
        return new VersionTag(fields[0], version, sha, date, annotated);
    }
}

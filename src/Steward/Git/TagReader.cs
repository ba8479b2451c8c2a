using System.Globalization;
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
    public static IReadOnlyList<string> AllVersionTags { get; } = ["for-each-ref", Format, "refs/tags/"];

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
        var arguments = new List<string> { "for-each-ref", Format };
        if (mergedInto is not null)
        {
            arguments.Add($"--merged={mergedInto}");
        }

        arguments.Add("refs/tags/");
        var tags = new List<VersionTag>();
        foreach (var line in git.ReadRecords('\n', [.. arguments]))
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

        // A tag's prefix is looked up, not searched for: for each length the prefixes come in (usually one), the first
        // that many characters of its name in a dictionary of the prefixes, so thousands of tags over fifty components
        // cost a few lookups each rather than fifty comparisons.
        var byPrefix = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < prefixes.Count; i++)
        {
            (byPrefix.TryGetValue(prefixes[i], out var owners) ? owners : byPrefix[prefixes[i]] = []).Add(i);
        }

        var lookup = byPrefix.GetAlternateLookup<ReadOnlySpan<char>>();
        var lengths = byPrefix.Keys.Select(p => p.Length).Distinct().Order().ToArray();
        string[] arguments = mergedInto is null ? ["for-each-ref", Format, "refs/tags/"] : ["for-each-ref", Format, $"--merged={mergedInto}", "refs/tags/"];
        foreach (var line in git.ReadRecords('\n', arguments))
        {
            var nameLength = line.IndexOf('\0', StringComparison.Ordinal);
            foreach (var length in lengths)
            {
                if (length > nameLength)
                {
                    break;
                }

                if (!lookup.TryGetValue(line.AsSpan(0, length), out var owners))
                {
                    continue;
                }

                foreach (var i in owners)
                {
                    if (ParseLine(line, prefixes[i]) is { } tag)
                    {
                        lists[i].Add(tag);
                    }
                }
            }
        }

        foreach (var list in lists)
        {
            list.Sort((a, b) => a.Version.CompareTo(b.Version));
        }

        return lists;
    }

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
        var date = DateTimeOffset.TryParse(fields[5], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : DateTimeOffset.MinValue;
        return new VersionTag(fields[0], version, sha, date, annotated);
    }
}

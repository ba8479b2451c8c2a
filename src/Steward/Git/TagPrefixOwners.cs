namespace Steward.Git;

/// <summary>
/// Which of a monorepo's tag prefixes a tag name starts with, looked up rather than searched for: for each length the
/// prefixes come in (usually one), the name's first that many characters in a dictionary of the prefixes, so thousands
/// of tags over fifty components cost a few lookups each rather than fifty comparisons.
/// </summary>
internal sealed class TagPrefixOwners
{
    private readonly Dictionary<string, List<int>>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly int[] lengths;

    public TagPrefixOwners(IReadOnlyList<string> prefixes)
    {
        var byPrefix = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < prefixes.Count; i++)
        {
            (byPrefix.TryGetValue(prefixes[i], out var owners) ? owners : byPrefix[prefixes[i]] = []).Add(i);
        }

        lookup = byPrefix.GetAlternateLookup<ReadOnlySpan<char>>();
        lengths = [.. byPrefix.Keys.Select(p => p.Length).Distinct().Order()];
    }

    /// <summary>The indexes of the prefixes <paramref name="name"/> starts with, shortest prefix first.</summary>
    public IReadOnlyList<int> Of(ReadOnlySpan<char> name)
    {
        // Usually one prefix matches: its own list is the answer, and only a second match makes a new one.
        List<int>? found = null;
        foreach (var length in lengths)
        {
            if (length > name.Length)
            {
                break;
            }

            if (lookup.TryGetValue(name[..length], out var owners))
            {
                found = found is null ? owners : [.. found, .. owners];
            }
        }

        return found is null ? [] : found;
    }
}

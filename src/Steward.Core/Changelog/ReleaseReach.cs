namespace Steward.Core.Changelog;

/// <summary>
/// The releases whose tag can reach a commit, as release indices (ascending by version) kept as sorted, disjoint,
/// non-adjacent runs. A commit belongs to release <c>i</c> when tag <c>i</c> reaches it and tag <c>i - 1</c> does
/// not: exactly the first index of each run. In a history where each release descends from the one before, every
/// commit has one run, so a reach costs a few integers however many releases there are.
/// </summary>
/// <remarks>Immutable: a commit with one child shares its child's instance, so the walk allocates only at merges and tags.</remarks>
internal sealed class ReleaseReach
{
    public static readonly ReleaseReach None = new([]);

    // Pairs of (first, last), both inclusive.
    private readonly int[] runs;

    private ReleaseReach(int[] runs) => this.runs = runs;

    public bool IsEmpty => runs.Length == 0;

    /// <summary>How many runs there are; the first index of each (<see cref="StartAt"/>) is a release the commit belongs to.</summary>
    public int RunCount => runs.Length / 2;

    public int StartAt(int run) => runs[run * 2];

    public static ReleaseReach Of(int release) => new([release, release]);

    public static ReleaseReach Union(ReleaseReach a, ReleaseReach b)
    {
        if (ReferenceEquals(a, b) || b.IsEmpty)
        {
            return a;
        }

        if (a.IsEmpty)
        {
            return b;
        }

        var merged = new List<int>(a.runs.Length + b.runs.Length);
        int i = 0, j = 0;
        while (i < a.runs.Length || j < b.runs.Length)
        {
            int first, last;
            if (j >= b.runs.Length || (i < a.runs.Length && a.runs[i] <= b.runs[j]))
            {
                (first, last) = (a.runs[i], a.runs[i + 1]);
                i += 2;
            }
            else
            {
                (first, last) = (b.runs[j], b.runs[j + 1]);
                j += 2;
            }

            // Runs that overlap or touch become one: a release whose predecessor is reached starts no run.
            if (merged.Count > 0 && first <= merged[^1] + 1)
            {
                merged[^1] = Math.Max(merged[^1], last);
            }
            else
            {
                merged.Add(first);
                merged.Add(last);
            }
        }

        if (merged.SequenceEqual(a.runs))
        {
            return a;
        }

        return merged.SequenceEqual(b.runs) ? b : new ReleaseReach([.. merged]);
    }
}

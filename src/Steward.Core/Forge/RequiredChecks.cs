namespace Steward.Core.Forge;

/// <summary>
/// <c>release.requireChecks</c> against what the forge reports for a commit. A name is a commit status's context or a
/// check run's name, compared exactly; <c>all</c> requires every reported check (and at least one). A name reported
/// twice (a status and a check run) stands at its worst: pending over failed over passed, so a rerun still running is
/// waited for. A required name not reported yet is waited for: its job may not have started.
/// </summary>
public static class RequiredChecks
{
    /// <summary>The word that requires every check.</summary>
    public const string All = "all";

    public static ChecksVerdict Evaluate(IReadOnlyList<string> required, IReadOnlyList<CommitCheck> reported)
    {
        ArgumentNullException.ThrowIfNull(required);
        ArgumentNullException.ThrowIfNull(reported);
        var byName = reported
            .GroupBy(c => c.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, Worst, StringComparer.Ordinal);
        var names = required.Contains(All, StringComparer.OrdinalIgnoreCase)
            ? byName.Keys.Order(StringComparer.Ordinal).ToList()
            : required.Distinct(StringComparer.Ordinal).ToList();
        if (names.Count == 0)
        {
            // "all" with nothing reported yet: the CI may not have started; wait for its first check.
            return new ChecksVerdict([], [All]);
        }

        var failed = new List<CommitCheck>();
        var waiting = new List<string>();
        foreach (var name in names)
        {
            if (!byName.TryGetValue(name, out var check) || check.State == CheckState.Pending)
            {
                waiting.Add(name);
            }
            else if (check.State == CheckState.Failed)
            {
                failed.Add(check);
            }
        }

        return new ChecksVerdict(failed, waiting);
    }

    private static CommitCheck Worst(IEnumerable<CommitCheck> same) =>
        same.OrderBy(c => c.State switch { CheckState.Pending => 0, CheckState.Failed => 1, _ => 2 }).First();
}

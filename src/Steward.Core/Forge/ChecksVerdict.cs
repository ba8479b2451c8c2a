namespace Steward.Core.Forge;

/// <summary>What the required checks of a commit say now.</summary>
/// <param name="Failed">The required checks that failed: the release is refused.</param>
/// <param name="Waiting">The required checks still pending, or not reported yet, by name.</param>
public sealed record ChecksVerdict(IReadOnlyList<CommitCheck> Failed, IReadOnlyList<string> Waiting)
{
    /// <summary>Every required check passed.</summary>
    public bool Passed => Failed.Count == 0 && Waiting.Count == 0;
}

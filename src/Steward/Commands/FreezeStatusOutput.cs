namespace Steward.Commands;

/// <summary>What <c>steward freeze status --json</c> prints: whether releases are frozen, and the windows that say so.</summary>
/// <param name="At">The time asked about (ISO 8601, UTC).</param>
/// <param name="Branch">The branch asked about; null when unknown (a detached HEAD: every branch-scoped window counts).</param>
/// <param name="Active">The windows open now that cover the branch and component.</param>
/// <param name="Upcoming">The windows that cover them and open later, earliest first.</param>
internal sealed record FreezeStatusOutput(
    bool Frozen,
    string At,
    string? Branch,
    string Component,
    IReadOnlyList<FreezeWindowOutput> Active,
    IReadOnlyList<FreezeWindowOutput> Upcoming);

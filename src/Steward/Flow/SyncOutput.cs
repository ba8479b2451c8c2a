namespace Steward.Flow;

/// <summary>What <c>steward sync --json</c> prints: one entry per downstream branch, in the order of flow.sync.</summary>
internal sealed record SyncOutput(IReadOnlyList<SyncBranchOutput> Branches);

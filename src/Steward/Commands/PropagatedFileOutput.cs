namespace Steward.Commands;

/// <summary>One target of <c>steward propagate --json</c>: its path, whether it changes, and each version slot that changes.</summary>
internal sealed record PropagatedFileOutput(string Path, bool Changed, IReadOnlyList<PropagatedSlotOutput> Changes);

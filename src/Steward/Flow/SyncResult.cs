namespace Steward.Flow;

/// <summary>One downstream branch after a sync: its outcome, its commit before and after, and the reason when it failed.</summary>
internal sealed record SyncResult(string Branch, string From, SyncOutcome Outcome, string? Before, string? After, string? Problem)
{
    public bool Changed => Outcome != SyncOutcome.Failed && !string.Equals(Before, After, StringComparison.Ordinal);
}

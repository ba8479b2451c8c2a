namespace Steward.Git;

/// <summary>What replaying commits gave: the new tip, or the commit that did not apply and its conflicting paths.</summary>
internal sealed record ReplayOutcome(string? Tip, string? FailedCommit, IReadOnlyList<string> Conflicts)
{
    public bool Applied => Tip is not null;
}

namespace Steward.Flow;

/// <summary>
/// One downstream branch in <c>steward sync --json</c>: the branch it follows, its outcome (<c>up-to-date</c>,
/// <c>fast-forwarded</c>, <c>merged</c>, <c>failed</c>), its commit before and after, whether it was pushed, and why it
/// failed.
/// </summary>
internal sealed record SyncBranchOutput(string Branch, string From, string Outcome, string? Before, string? After, bool Pushed, string? Problem);

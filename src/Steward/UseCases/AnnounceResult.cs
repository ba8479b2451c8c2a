namespace Steward.UseCases;

/// <summary>What one announcer did with a release (in <c>steward announce --json</c>).</summary>
/// <param name="Status">delivered, already-delivered, skipped, failed, or would-send (--dry-run).</param>
/// <param name="HttpStatus">The status the service answered, when it answered.</param>
/// <param name="Reason">Why it was skipped or failed.</param>
internal sealed record AnnounceResult(string Name, string Kind, string Status, int? HttpStatus, string? Reason)
{
    /// <summary>The release tag it was about (a monorepo's run announces several).</summary>
    public string? Tag { get; init; }
}

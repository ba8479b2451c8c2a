namespace Steward.UseCases;

/// <summary>What <c>steward announce --json</c> prints: the release announced and each announcer's result.</summary>
/// <param name="Pushed">Whether the delivery records were pushed to the remote.</param>
internal sealed record AnnounceReport(string Tag, bool DryRun, bool Pushed, IReadOnlyList<AnnounceResult> Announcers)
{
    public bool Failed => Announcers.Any(a => a.Status == "failed");
}

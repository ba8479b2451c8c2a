namespace Steward.UseCases;

/// <summary>What the user asked of one `steward announce` (or of the announcement after `release --announce`).</summary>
/// <param name="Tag">The release tag to announce; null for the newest release reachable from HEAD.</param>
/// <param name="Force">Send again to announcers that already delivered it.</param>
/// <param name="Strict">A failed announcer fails the run (exit 1).</param>
internal sealed record AnnounceOptions(string? Tag, bool DryRun, bool Json, bool Force, bool Strict)
{
    /// <summary>Only this announcer (an announce step of a plan); null for every one.</summary>
    public string? Only { get; init; }

    /// <summary>In a monorepo: the components whose newest releases to announce (--component); empty for the default.</summary>
    public IReadOnlyList<string> Components { get; init; } = [];

    /// <summary>What a warning about a failed delivery says will send it.</summary>
    public string Remedy { get; init; } = "a rerun sends it";
}

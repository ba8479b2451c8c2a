namespace Steward.Core.Freeze;

/// <summary>What the freeze windows say about one branch and component at one time.</summary>
/// <param name="Active">The windows open at <paramref name="At"/> that cover the branch and component.</param>
/// <param name="Upcoming">The windows that cover them and open later, earliest first.</param>
public sealed record FreezeStatus(
    DateTimeOffset At,
    string? Branch,
    string? Component,
    IReadOnlyList<FreezeWindow> Active,
    IReadOnlyList<FreezeWindow> Upcoming)
{
    public bool Frozen => Active.Count > 0;

    /// <summary>
    /// The active window that closes last (an open-ended one first): the one to name in a refusal, since the freeze
    /// lasts at least until it closes.
    /// </summary>
    public FreezeWindow? Longest => Active.OrderBy(w => w.End is null ? 0 : 1).ThenByDescending(w => w.End).FirstOrDefault();
}

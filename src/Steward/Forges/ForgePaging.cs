namespace Steward.Forges;

/// <summary>How a forge client reads one of its lists over pages (<see cref="ForgePages"/>).</summary>
/// <param name="PageSize">The items a full page holds (what the URL asks for).</param>
/// <param name="MaxPages">The most pages read: a bound on a list that never ends.</param>
internal sealed record ForgePaging(int PageSize, int MaxPages)
{
    /// <summary>
    /// Whether a page (its answer, its number of items) is the last one; null: a short page is. A forge that sends a
    /// Link header with rel="next" says so there.
    /// </summary>
    public Func<ForgeResponse, int, bool>? IsLast { get; init; }

    public bool Ends(ForgeResponse response, int count) => IsLast?.Invoke(response, count) ?? count < PageSize;
}

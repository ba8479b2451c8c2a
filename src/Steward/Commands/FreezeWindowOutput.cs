using Steward.Core.Freeze;

namespace Steward.Commands;

/// <summary>One freeze window in <c>steward freeze status --json</c>; a null start or end is open.</summary>
/// <param name="Source">The file that declares it, or STEWARD_FREEZE.</param>
/// <param name="Line">Its line in the file; null for the environment.</param>
internal sealed record FreezeWindowOutput(
    string Source,
    int? Line,
    string? Start,
    string? End,
    string Reason,
    IReadOnlyList<string> Branches,
    IReadOnlyList<string> Components)
{
    public static FreezeWindowOutput From(FreezeWindow window) => new(
        window.Source,
        window.Line > 0 ? window.Line : null,
        window.Start is { } start ? FreezeTime.Format(start) : null,
        window.End is { } end ? FreezeTime.Format(end) : null,
        window.Reason,
        window.Branches,
        window.Components);
}

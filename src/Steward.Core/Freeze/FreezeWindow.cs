using Steward.Core.Planning;

namespace Steward.Core.Freeze;

/// <summary>
/// A time during which releases stop: from <see cref="Start"/> (or always, when null) until <see cref="End"/>
/// (exclusive; or until the window is removed, when null), on the branches and components it names (all of them when it
/// names none).
/// </summary>
/// <param name="Source">Where the window was declared: a file (<c>.steward/freeze.yml</c>, <c>steward.yml</c>) or <c>STEWARD_FREEZE</c>.</param>
/// <param name="Line">The line of the window in <paramref name="Source"/>; 0 for the environment.</param>
/// <param name="Branches">Branch patterns as in <c>release.branches</c> (<c>*</c>, <c>**</c>); empty for every branch.</param>
/// <param name="Components">Component names; empty for every component.</param>
public sealed record FreezeWindow(
    string Source,
    int Line,
    DateTimeOffset? Start,
    DateTimeOffset? End,
    string Reason,
    IReadOnlyList<string> Branches,
    IReadOnlyList<string> Components)
{
    /// <summary>Where the window was declared, as an error names it: <c>.steward/freeze.yml:4</c>, or <c>STEWARD_FREEZE</c>.</summary>
    public string Location => Line > 0 ? $"{Source}:{Line}" : Source;

    public bool IsOpenAt(DateTimeOffset at) => (Start is null || at >= Start) && (End is null || at < End);

    /// <summary>
    /// Whether the window applies to <paramref name="branch"/> and <paramref name="component"/>. An unknown branch or
    /// component (null: a detached HEAD, say) counts as covered: a freeze check errs on the side of stopping.
    /// </summary>
    public bool Covers(string? branch, string? component) =>
        (Branches.Count == 0 || branch is null || Branches.Any(p => BranchPattern.Matches(p, branch)))
        && (Components.Count == 0 || component is null || Components.Contains(component, StringComparer.Ordinal));
}

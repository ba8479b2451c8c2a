namespace Steward.UseCases;

/// <summary>What a backport does (or did) on one release line.</summary>
/// <param name="Line">The line's name: 1.x, or 1.4.x.</param>
/// <param name="Branch">Its branch (release/1.x).</param>
/// <param name="From">Where the line starts: the branch's tip, or the line's last tag when the branch is created.</param>
/// <param name="Created">The branch does not exist yet and is created from the line's last tag.</param>
/// <param name="Picked">The fixes cherry-picked onto it (short sha and subject).</param>
/// <param name="Skipped">The fixes it has already, each with the reason.</param>
/// <param name="Tip">The branch's new tip; null when it stays as it is.</param>
/// <param name="Version">The patch release planned for it, or null.</param>
/// <param name="Tag">Its tag, or null.</param>
/// <param name="Failure">Why the line failed (a conflict, a refused release), or null; its branch stays as it was.</param>
/// <param name="Conflicts">The conflicting paths of a failed cherry-pick.</param>
internal sealed record BackportLineResult(
    string Line,
    string Branch,
    string From,
    bool Created,
    IReadOnlyList<string> Picked,
    IReadOnlyList<string> Skipped,
    string? Tip,
    string? Version,
    string? Tag,
    string? Failure,
    IReadOnlyList<string> Conflicts)
{
    public bool Failed => Failure is not null;
}

namespace Steward.UseCases;

/// <summary>
/// The release branch on the remote as a run finds it: its tip (null: no branch), the base Steward's release commit
/// there was built from, and the commits a human added on top of it (oldest first), to be replayed.
/// </summary>
internal sealed record ReleaseBranchState(string? Tip, string? PreviousBase, IReadOnlyList<string> HumanCommits)
{
    public static ReleaseBranchState None { get; } = new(null, null, []);
}

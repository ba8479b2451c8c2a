namespace Steward.Git;

/// <summary>What merging two commits would give, computed without touching a work tree: the tree, or the conflicting paths.</summary>
internal sealed record MergeTreeResult(string? Tree, IReadOnlyList<string> Conflicts)
{
    public bool HasConflicts => Conflicts.Count > 0;
}

namespace Steward.Git;

/// <summary>One line of <c>git status --porcelain</c>: the index and work-tree states and the path.</summary>
internal sealed record StatusEntry(char Index, char WorkTree, string Path)
{
    public bool IsUntracked => Index == '?';
}

using Steward.Core.Diff;

namespace Steward.Core.Planning;

/// <summary>One file a release rewrites: its text before (null for a new file) and after.</summary>
public sealed record PlannedFileEdit(string RelativePath, string? OldText, string NewText)
{
    public bool Changes => !string.Equals(OldText, NewText, StringComparison.Ordinal);

    public string Diff => UnifiedDiff.Create(RelativePath, OldText, NewText);
}

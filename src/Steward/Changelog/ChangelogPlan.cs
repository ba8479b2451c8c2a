using Steward.Core.Diff;
using Steward.Workspace;

namespace Steward.Changelog;

/// <summary>
/// The change a release makes to the changelog, computed before anything is written: the file edit (null when the
/// file already says the same) and its diff for <c>--dry-run</c>, worked out only when asked for (a long changelog
/// makes it the costliest part).
/// </summary>
internal sealed class ChangelogPlan
{
    private readonly string? oldText;
    private readonly string newText;
    private string? diff;

    public ChangelogPlan(string relativePath, FileEdit? edit, string? oldText, string newText)
    {
        RelativePath = relativePath;
        Edit = edit;
        this.oldText = oldText;
        this.newText = newText;
    }

    public string RelativePath { get; }

    public FileEdit? Edit { get; }

    public bool IsUnchanged => Edit is null;

    /// <summary>A unified diff git apply takes; empty when nothing changes.</summary>
    public string Diff => diff ??= IsUnchanged ? string.Empty : UnifiedDiff.Create(RelativePath, oldText, newText);
}

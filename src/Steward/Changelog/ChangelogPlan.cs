using Steward.Workspace;

namespace Steward.Changelog;

/// <summary>
/// The change a release makes to the changelog, computed before anything is written: the file edit (null when the
/// file already says the same) and its diff for <c>--dry-run</c>.
/// </summary>
internal sealed record ChangelogPlan(string RelativePath, FileEdit? Edit, string Diff)
{
    public bool IsUnchanged => Edit is null;
}

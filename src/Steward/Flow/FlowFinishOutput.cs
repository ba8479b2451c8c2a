namespace Steward.Flow;

/// <summary>
/// What <c>steward flow release|hotfix finish --json</c> prints: the branch finished, the version released (and the
/// one its VERSION had, when the finish raised it), the tag, the notes, the steps (planned with --dry-run, taken
/// otherwise) and whether they were pushed.
/// </summary>
internal sealed record FlowFinishOutput(
    string Command,
    string Branch,
    string Version,
    string BranchVersion,
    string Tag,
    bool DryRun,
    bool Pushed,
    string Notes,
    IReadOnlyList<string> Steps);

namespace Steward.Commands;

/// <summary>
/// What <c>steward propagate --json</c> prints: the version, each target file with the changes it gets, and what was
/// done (written, with --dry-run not; the commit message, tag and remote when made).
/// </summary>
internal sealed record PropagateOutput(
    string Version,
    bool DryRun,
    bool Written,
    IReadOnlyList<PropagatedFileOutput> Files,
    string? Commit,
    string? Tag,
    string? PushedTo);

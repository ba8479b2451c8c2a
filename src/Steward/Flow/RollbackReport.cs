namespace Steward.Flow;

/// <summary>
/// What <c>steward rollback --json</c> prints: the bad and the good release, the hotfix branch and version, the
/// previous version in each artifact form, the retraction (recorded on <see cref="RetractionBranch"/>, with main's
/// VERSION raised to <see cref="MainVersion"/> when it was), the git steps, and whether they were applied and pushed.
/// </summary>
internal sealed record RollbackReport(
    RollbackRelease From,
    RollbackRelease To,
    string HotfixBranch,
    string HotfixVersion,
    IReadOnlyList<RollbackArtifactForm> Deploy,
    bool Retract,
    string? RetractionBranch,
    string? MainVersion,
    IReadOnlyList<string> Steps,
    bool Applied,
    bool Pushed);

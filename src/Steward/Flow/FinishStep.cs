namespace Steward.Flow;

/// <summary>One step of a finish, as stored in the state file between a conflict and <c>--continue</c>.</summary>
internal sealed record FinishStep(
    FinishStepKind Kind,
    string? Into = null,
    string? From = null,
    string? Tag = null,
    string? Message = null,
    string? Branch = null,
    IReadOnlyList<string>? Refspecs = null,
    bool FastForward = false,
    IReadOnlyList<FinishFile>? Files = null);

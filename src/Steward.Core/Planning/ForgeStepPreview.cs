namespace Steward.Core.Planning;

/// <summary>
/// What a forge step's reconciliation would do, computed by a dry run from read-only calls: <see cref="Actions"/> as a
/// person reads them, <see cref="Calls"/> the write calls they make (<c>METHOD URL</c>); both empty when the forge has
/// the release as wanted.
/// </summary>
public sealed record ForgeStepPreview(IReadOnlyList<string> Actions, IReadOnlyList<string> Calls);

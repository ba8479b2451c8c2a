namespace Steward.Core.Forge;

/// <summary>
/// What a publish will do, worked out from what the forge has: the steps in order, the assets that are already there
/// with the same content (left alone), and the forge's own assets that are not wanted (left alone too: Steward never
/// deletes what it did not put there unless it replaces it). No steps: the release is already published as wanted.
/// </summary>
public sealed record PublishPlan(
    WantedRelease Wanted,
    ForgeRelease? Existing,
    IReadOnlyList<PublishStep> Steps,
    IReadOnlyList<string> Unchanged,
    IReadOnlyList<string> Unwanted)
{
    public bool IsComplete => Steps.Count == 0;
}

namespace Steward.Commands;

/// <summary>The switches of <c>steward propagate</c>, with <c>--tag</c> and <c>--push</c> already implying <c>--commit</c>.</summary>
internal sealed record PropagateOptions(bool DryRun, bool Commit, bool Tag, bool Push, bool AllowDirty);

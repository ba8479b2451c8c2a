using Steward.Core.Commits;

namespace Steward.UseCases;

/// <summary>The next version (or why there is none), what the commits asked for, and why, in words.</summary>
/// <param name="Commits">The bump the commits since the last release ask for, with the commits that decided it.</param>
/// <param name="Next">The version, its level and its source; no version when nothing is releasable.</param>
/// <param name="Reason">Why this version (what a release plan prints); null when there is none.</param>
/// <param name="MaintenanceLine">The version stays within a maintenance line (flow.maintenance), which <paramref name="Reason"/> names.</param>
internal sealed record NextVersionDecision(BumpDecision Commits, NextVersion Next, string? Reason, bool MaintenanceLine = false);

namespace Steward.Engine;

/// <summary>How <c>--abort</c> ended: the repository is as it was before the run, or the remote already had the release.</summary>
internal sealed record AbortOutcome(EngineJournal Journal, bool AlreadyReleased);

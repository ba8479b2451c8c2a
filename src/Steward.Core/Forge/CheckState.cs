namespace Steward.Core.Forge;

/// <summary>Where a commit status or check run stands, in the terms a release asks.</summary>
public enum CheckState
{
    /// <summary>Succeeded (a check run that ended neutral or skipped counts too, as the forge's own merge rules have it).</summary>
    Passed,

    /// <summary>Queued, running, or waiting.</summary>
    Pending,

    /// <summary>Failed, errored, cancelled, timed out, or waiting for an action.</summary>
    Failed,
}

namespace Steward.Flow;

/// <summary>
/// A finish in progress: its steps, the next one to run, and what every ref it may move pointed at before it began,
/// so that <c>--abort</c> puts each back exactly. Kept in <c>.git/steward-flow.json</c> while a merge waits for the user.
/// </summary>
internal sealed class FinishState
{
    /// <summary>The verb that started it, e.g. <c>release finish</c>, for messages.</summary>
    public string Command { get; set; } = string.Empty;

    /// <summary>The branch being finished.</summary>
    public string Branch { get; set; } = string.Empty;

    /// <summary>The branch HEAD was on before the finish (null when detached), where --abort returns.</summary>
    public string? StartBranch { get; set; }

    public string StartHead { get; set; } = string.Empty;

    /// <summary>Full ref name to the object it pointed at before the finish.</summary>
    public Dictionary<string, string> OriginalRefs { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Tags this finish created (deleted again by --abort).</summary>
    public List<string> CreatedTags { get; init; } = [];

    public List<FinishStep> Steps { get; init; } = [];

    public int Next { get; set; }

    /// <summary>Sync the downstream branches (flow.sync) once done.</summary>
    public bool SyncAfter { get; set; }

    public bool Push { get; set; }
}

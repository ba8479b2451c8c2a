namespace Steward.Engine;

/// <summary>One application of a journal's steps: the journal, and what the steps found out on the way.</summary>
internal sealed class EngineRun(EngineJournal journal)
{
    public EngineJournal Journal => journal;

    /// <summary>The first warning of a step past the point of no return (a failed after-release hook).</summary>
    public string? Warning { get; set; }

    /// <summary>
    /// The plan that gives the steps whose bytes the journal does not keep (artifacts) their content: the run's own plan,
    /// or for <c>--continue</c> the verb's plan made again (null when the verb makes none).
    /// </summary>
    public Core.Planning.ExecutionPlan? Replanned { get; init; }

    /// <summary>
    /// The first step that ran but did not get done (an announcement its receiver refused, in a verb that keeps it for
    /// --continue): the other steps still run, then the journal stays with this step as the next to run.
    /// </summary>
    public int? FirstUnfinished { get; set; }

    /// <summary>Whether a commit step committed (or found the commit a killed run made).</summary>
    public bool Committed { get; set; }
}

namespace Steward.Engine;

/// <summary>One application of a journal's steps: the journal, and what the steps found out on the way.</summary>
internal sealed class EngineRun(EngineJournal journal)
{
    public EngineJournal Journal => journal;

    /// <summary>The first warning of a step past the point of no return (a failed after-release hook).</summary>
    public string? Warning { get; set; }

    /// <summary>Whether a commit step committed (or found the commit a killed run made).</summary>
    public bool Committed { get; set; }
}

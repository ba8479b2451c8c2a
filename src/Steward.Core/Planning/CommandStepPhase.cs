namespace Steward.Core.Planning;

/// <summary>When an external command runs, which says what its failure means.</summary>
public enum CommandStepPhase
{
    /// <summary>A gate: runs before anything changes; a failure stops the plan with nothing to undo.</summary>
    Gate,

    /// <summary>A before-commit hook: may change files, which the commit then takes; a failure undoes the plan.</summary>
    BeforeCommit,

    /// <summary>An after-release hook: the release stands whatever it does; a failure is reported.</summary>
    AfterRelease,
}

namespace Steward.Core.Planning;

/// <summary>What a git step does, so that recovery can tell whether a step a killed run began has in fact finished.</summary>
public enum GitStepRole
{
    /// <summary>Stages paths; harmless to repeat.</summary>
    Stage,

    /// <summary>Makes the one commit of the plan.</summary>
    Commit,

    /// <summary>Makes the plan's tag at HEAD.</summary>
    Tag,

    /// <summary>The push: the point of no return.</summary>
    Push,

    /// <summary>Creates a branch the plan's planning found absent (and may switch to it); undo deletes it.</summary>
    CreateBranch,

    /// <summary>Switches to an existing branch; undo switches back to the branch the run started on.</summary>
    Switch,
}

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

    /// <summary>Switches to <see cref="GitStep.Branch"/>; done when HEAD is on it.</summary>
    Switch,

    /// <summary>
    /// Merges <see cref="GitStep.From"/> into <see cref="GitStep.Branch"/> (checked out): may stop on a conflict for the
    /// user, to be concluded by --continue; done when HEAD contains <see cref="GitStep.From"/>.
    /// </summary>
    Merge,

    /// <summary>Deletes the branch <see cref="GitStep.Branch"/> once HEAD contains it; done when it is gone.</summary>
    DeleteBranch,

    /// <summary>Moves a ref from an expected old value to a new one (compare-and-swap); done when it is at the new one.</summary>
    UpdateRef,

    /// <summary>Creates <see cref="GitStep.Branch"/>, which planning found absent (and may switch to it); undo deletes it.</summary>
    CreateBranch,

    /// <summary>
    /// Deletes the ref <see cref="GitStep.Branch"/> (a full name) only while it names the expected old object (in the
    /// argv); done when it is gone. Undo puts it back through the plan's declared refs.
    /// </summary>
    DeleteRef,

    /// <summary>
    /// Pushes more of a release's tags after <see cref="Push"/> (a monorepo's release.tagsPerPush): past the point of no
    /// return, never undone; pushing a tag the remote already has is harmless, so --continue simply runs it again.
    /// </summary>
    PushTags,
}

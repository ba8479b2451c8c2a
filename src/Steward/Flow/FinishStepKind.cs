namespace Steward.Flow;

/// <summary>The kinds of step a finish is made of; only a merge can stop for the user. Stored by number: add at the end.</summary>
internal enum FinishStepKind
{
    /// <summary>Switch to <c>Into</c> and merge <c>From</c> (no fast-forward unless asked); may stop on a conflict.</summary>
    Merge,

    /// <summary>An annotated tag <c>Tag</c> on <c>Into</c> with <c>Message</c>.</summary>
    Tag,

    /// <summary>Delete the finished branch <c>Branch</c> (it is merged by now).</summary>
    DeleteBranch,

    /// <summary>One atomic push of <c>Refspecs</c>.</summary>
    Push,

    /// <summary>Switch to <c>Into</c>, where the finish leaves the user.</summary>
    Switch,

    /// <summary>Switch to <c>Into</c>, write <c>Files</c> and commit them with <c>Message</c> (a release's changelog entry).</summary>
    Commit,
}

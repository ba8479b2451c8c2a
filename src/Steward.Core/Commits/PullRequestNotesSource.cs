namespace Steward.Core.Commits;

/// <summary>Where a pull request's description is read for its release notes (<c>--pr-notes</c>, <c>notes.prNotes</c>).</summary>
public enum PullRequestNotesSource
{
    /// <summary>The commit text only: the description as the forge wrote it into the squash or merge commit (the default; offline).</summary>
    Commits,

    /// <summary>The forge's API too, for the pull requests whose commit text names no notes.</summary>
    Api,
}

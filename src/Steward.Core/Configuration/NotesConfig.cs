namespace Steward.Core.Configuration;

/// <summary>How release notes are gathered (docs/pr.md#notes-from-pull-request-descriptions).</summary>
public sealed class NotesConfig
{
    /// <summary>
    /// Where a pull request's description is read: <c>commits</c> (the default: as the forge wrote it into the squash or
    /// merge commit) or <c>api</c> (the forge's API too, for pull requests whose commit text names no notes). Null is the
    /// default; <c>--pr-notes</c> overrides it.
    /// </summary>
    public string? PrNotes { get; set; }
}

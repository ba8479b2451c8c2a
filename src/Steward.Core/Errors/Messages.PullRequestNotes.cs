namespace Steward.Core.Errors;

/// <summary>Pull request descriptions read through the forge's API: <c>--pr-notes api</c>, <c>notes.prNotes</c>.</summary>
public static partial class Messages
{
    public static StewardException PullRequestNotesSourceUnknown(string text) =>
        Invalid($"steward.yml: notes.prNotes: '{text}' is not a source of pull request notes; use commits or api (see docs/pr.md)");

    /// <summary>The warning when <c>--pr-notes api</c> cannot ask the forge (no token, no known forge).</summary>
    public static string PullRequestNotesFromCommits(string why) =>
        $"pull request descriptions not read from the forge (--pr-notes api): {why}; the notes use the commit text";

    /// <summary>The warning when a pull request a commit names is not on the forge.</summary>
    public static string PullRequestNotFoundForNotes(string forge, string reference) =>
        $"pull request {reference} is not on {forge} (404): its notes use the commit text";

    public static StewardException PullRequestDescriptionUnreadable(string forge, string reference, string call, string what, int attempts) =>
        Failed($"the description of pull request {reference} could not be read (--pr-notes api): {forge} {what} to {call} after {attempts} attempt(s); nothing was changed; rerun later, or with --pr-notes commits");
}

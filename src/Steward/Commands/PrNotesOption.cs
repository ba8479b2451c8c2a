using System.CommandLine;
using Steward.Core.Commits;

namespace Steward.Commands;

/// <summary>--pr-notes, the same on every verb that writes release notes (notes, changelog, release, pr).</summary>
internal static class PrNotesOption
{
    public static Option<string?> Create() =>
        new Option<string?>("--pr-notes")
        {
            Description = "Where pull request descriptions are read for the notes: commits (as the forge wrote them into the squash or merge commit; the default, also notes.prNotes) or api (the forge's API too, for pull requests whose commit names no notes; needs a token)",
            HelpName = "commits|api",
        }.AcceptOnlyFromAmong(PullRequestNotesSources.CommitsName, PullRequestNotesSources.ApiName);
}

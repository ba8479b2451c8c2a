using Steward.Cli;
using Steward.Core.Planning;
using Steward.Core.Versioning;
using Steward.Releasing;

namespace Steward.Flow;

/// <summary>
/// The changelog entry and the tag message of a release or hotfix finish, planned by steward release's own code over
/// the commits of the branch since the last release: CHANGELOG.md (changelog.file, changelog.template) gets the entry
/// unless it has one for the version already (kept as it is, as release keeps it), and the tag message is the notes
/// (changelog.notesTemplate). Planned standing on the branch being finished; nothing is written here.
/// </summary>
internal sealed record FinishNotes(string Message, PlannedFileEdit? Changelog)
{
    public static FinishNotes Plan(CommandContext context, FlowSession session, SemanticVersion version)
    {
        var edits = new List<PlannedFileEdit>();
        var notes = ReleaseNotesPart.Plan(context, session.Project.Root, session.Repository, session.Config, version, version, edits, context.Out);
        return new FinishNotes(notes.Trim().Length > 0 ? notes : $"Release {version}\n", edits.FirstOrDefault(e => e.Changes));
    }
}

using Steward.Cli;
using Steward.Core.Planning;
using Steward.Core.Text;
using Steward.Core.Versioning;
using Steward.Releasing;

namespace Steward.Flow;

/// <summary>
/// The changelog entry and the tag message of a release or hotfix finish, planned by steward release's own code over
/// the commits of the branch since the last release: CHANGELOG.md (changelog.file, changelog.template) gets the entry
/// unless it has one for the version already (kept as it is, as release keeps it), and the tag message is
/// release.tagMessage filled in as steward release fills it (the notes, changelog.notesTemplate, when it is not set),
/// sanitised as release sanitises it. Planned standing on the branch being finished; nothing is written here.
/// </summary>
internal sealed record FinishNotes(string Message, PlannedFileEdit? Changelog)
{
    public static FinishNotes Plan(CommandContext context, FlowSession session, SemanticVersion version, string tag, SemanticVersion? previous)
    {
        var edits = new List<PlannedFileEdit>();
        var notes = ReleaseNotesPart.Plan(context, session.Project.Root, session.Repository, Configuration.ComponentResolver.Single(session.Config), null, version, edits, context.Out);
        var message = UntrustedText.TagMessage(
            TagMessageTemplate.Render(session.Config.Release.TagMessage, version.ToString(), tag, previous?.ToString(), notes));
        return new FinishNotes(message, edits.FirstOrDefault(e => e.Changes));
    }
}

using Steward.Changelog;
using Steward.Cli;
using Steward.Core.Errors;
using Steward.Core.Versioning;

namespace Steward.Flow;

/// <summary>
/// The tag message of a release or hotfix finish: the release notes the changelog feature renders for steward release
/// (changelog.notesTemplate), over the commits of the branch since the last release. CHANGELOG.md itself is not
/// written by a finish; run 'steward changelog' on the release branch for that.
/// </summary>
internal static class FinishNotes
{
    public static string For(CommandContext context, FlowSession session, string branch, SemanticVersion version)
    {
        // The changelog reads history at HEAD: stand on the branch being finished (the tree is clean), then go back.
        var original = session.Branches.CurrentBranch();
        var originalHead = session.Branches.ResolveCommit("HEAD");
        if (original != branch)
        {
            var switched = session.Branches.Switch(branch);
            if (!switched.Succeeded)
            {
                throw new StewardException(FailureKind.OperationFailed, $"could not switch to {branch} to write its notes: {switched.FirstErrorLine}");
            }
        }

        try
        {
            var root = session.Project.Root;
            var config = session.Config;
            var template = TemplateLoader.Load(config.Changelog.NotesTemplate, root, root, "steward.yml: changelog.notesTemplate");
            using var history = ReleaseHistory.Open(session.Repository, config);
            var release = history.Unreleased(version, ChangelogInputs.Today(context), version);
            var notes = template.Render(release);
            return notes.Trim().Length > 0 ? notes : $"Release {version}\n";
        }
        finally
        {
            if (original != branch)
            {
                _ = original is not null ? session.Branches.Switch(original) : session.Branches.SwitchDetached(originalHead!);
            }
        }
    }
}

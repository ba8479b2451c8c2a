using Steward.Changelog;
using Steward.Cli;
using Steward.Core.Configuration;
using Steward.Core.Planning;
using Steward.Core.Versioning;
using Steward.Git;

namespace Steward.Releasing;

/// <summary>The release notes (the tag message) and the CHANGELOG.md edit, from the changelog feature.</summary>
internal static class ReleaseNotesPart
{
    public static string Plan(CommandContext context, string root, Repository repository, StewardConfig config, SemanticVersion version, SemanticVersion initialVersion, List<PlannedFileEdit> edits)
    {
        var changelog = ReleaseChangelog.Prepare(root, repository, config, version, ChangelogInputs.Today(context), initialVersion, force: false);
        if (changelog.Plan.Edit is { } edit)
        {
            var full = Path.Combine(root, edit.RelativePath);
            var oldText = File.Exists(full) ? File.ReadAllText(full) : null;
            edits.Add(new PlannedFileEdit(edit.RelativePath, oldText, System.Text.Encoding.UTF8.GetString(edit.NewContent), edit.NewContent));
        }

        return changelog.Notes;
    }
}

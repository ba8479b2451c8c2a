using Steward.Cli;
using Steward.Commands;
using Steward.Core.Configuration;
using Steward.Core.Planning;
using Steward.Core.Versioning;
using Steward.Git;

namespace Steward.Release;

/// <summary>The release notes (the tag message) and the CHANGELOG.md edit, from the changelog feature.</summary>
internal static class ReleaseNotesPart
{
    public static string Plan(CommandContext context, Repository repository, StewardConfig config, HistoryScope scope, SemanticVersion version, List<PlannedFileEdit> edits)
    {
        _ = (context, repository, config, scope, version, edits);
        return string.Empty;
    }
}

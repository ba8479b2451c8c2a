using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Changelog.Advisory;
using Steward.Core.Errors;
using Steward.Core.Planning;
using Steward.Core.Text;
using Steward.Core.Versioning;
using Steward.Git;
using Steward.Releasing;
using Steward.Workspace;

namespace Steward.UseCases;

/// <summary>
/// One line's patch release, planned as <c>steward release</c> plans one (the next version within the maintenance line,
/// VERSION and every target through ComponentReleaseFiles, the changelog entry and notes through ReleaseNotesPart, the
/// commit message and tag message from release.*), read in the throw-away work tree that holds the line with its fixes.
/// The release commit and the tag are written as objects only; the plan moves the refs.
/// </summary>
internal static class BackportLineRelease
{
    public static BackportRelease Build(
        CommandContext context, GitRunner owner, ReleaseBranchBuilder builder, string branch, string? componentName, SecurityAdvisory? advisory, TextWriter progress)
    {
        var project = ProjectDirectory.Open(context, builder.Directory);
        var repository = project.Repository ?? Repository.Require(project.Root, context.Environment);
        var config = ConfigLoader.Load(project.Root);
        var component = componentName is null ? ComponentResolver.Single(config) : ComponentResolver.Select(config, [componentName])[0];
        var preflight = new ReleasePreflight(repository.Git, config.Release, progress);
        var versionFile = project.TryReadVersionFile(component);
        ComponentReleaseFiles.RefuseUnwritable(project.Root, component);
        var scope = HistoryScope.Read(project, repository, config, component);

        // A backport carries fixes: the line's next patch, whatever the fixes' types say.
        var request = new VersionRequest(BumpLevel.Patch) { Branch = branch, Written = versionFile?.Version.ToSemVer() };
        var decision = NextVersionDecider.Decide(scope, request);
        var version = decision.Next.Version ?? throw Messages.NothingToRelease(decision.Next.NothingReason);
        var (tag, edits) = ComponentReleaseFiles.Plan(project.Root, repository.Git, component, version, versionFile, scope, preflight);
        var notes = ReleaseNotesPart.Plan(context, project.Root, repository, component, scope.Range, version, edits, progress);
        if (advisory is not null)
        {
            notes = advisory.AddToNotes(notes);
            var changelog = edits.FindIndex(e => e.RelativePath == component.ChangelogFile);
            if (changelog >= 0)
            {
                edits[changelog] = WithAdvisory(edits[changelog], advisory, version);
            }
        }

        var previous = scope.Range.ReachableTags.Where(t => !t.IsPrerelease).MaxBy(t => t.Version)?.Version;
        var message = CommitMessageTemplate.Render(config.Release.CommitMessage, version.ToString(), tag, previous?.ToString());
        var tagMessage = UntrustedText.TagMessage(TagMessageTemplate.Render(config.Release.TagMessage, version.ToString(), tag, previous?.ToString(), notes));
        if (advisory is not null)
        {
            tagMessage = advisory.AddToNotes(tagMessage);
        }

        var commit = builder.Commit(edits, message);
        var tagObject = new BranchOperations(owner).MakeTag(commit, tag, tagMessage);
        return new BackportRelease(version.ToString(), tag, commit, tagObject, notes);
    }

    /// <summary>The changelog edit with the advisory's note under the release's heading, in the file's own encoding (a BOM kept).</summary>
    private static PlannedFileEdit WithAdvisory(PlannedFileEdit edit, SecurityAdvisory advisory, Core.Versioning.SemanticVersion version)
    {
        var text = advisory.AddToChangelog(edit.NewText, version);
        var bom = edit.NewBytes is { Length: >= 3 } b && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF;
        byte[] bytes = bom ? [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(text)] : System.Text.Encoding.UTF8.GetBytes(text);
        return edit with { NewText = text, NewBytes = bytes };
    }
}

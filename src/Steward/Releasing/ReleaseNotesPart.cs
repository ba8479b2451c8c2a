using Steward.Changelog;
using Steward.Cli;
using Steward.Core.Changelog;
using Steward.Core.Changelog.Splicing;
using Steward.Core.Components;
using Steward.Core.Planning;
using Steward.Core.Versioning;
using Steward.Git;

namespace Steward.Releasing;

/// <summary>
/// The release notes (the tag message unless release.tagMessage says otherwise) and the CHANGELOG.md edit, from the
/// changelog feature. When CHANGELOG.md already has an entry for the version, that entry is the notes.
/// </summary>
internal static class ReleaseNotesPart
{
    /// <summary>
    /// Adds the changelog edit to <paramref name="edits"/> and returns the notes. An entry for the version that the
    /// changelog already has (written by `steward changelog` and perhaps edited by hand) is the user's: the release keeps
    /// it as it is, and says so, rather than failing or overwriting it.
    /// </summary>
    /// <param name="range">The component's release range as the run read it; null to read it here (flow's finishes).</param>
    /// <param name="dependencies">A monorepo component's dependencies released with it, listed in its notes and changelog.</param>
    /// <param name="describe">
    /// Reads pull request descriptions from the forge into the range's commits (<c>--pr-notes api</c>), or null. Asked
    /// only when the changelog has no entry for the version: an entry is the record of the notes (a merged release pull
    /// request's), so a rerun without a token gives the same notes.
    /// </param>
    public static string Plan(CommandContext context, string root, Repository repository, Component component, ReleaseRange? range, SemanticVersion version,
        List<PlannedFileEdit> edits, TextWriter progress, IReadOnlyList<DependencyUpdate>? dependencies = null, Func<ReleaseRange, ReleaseRange>? describe = null)
    {
        var existing = ChangelogPlanner.ReadExisting(root, component.ChangelogFile);
        var entry = existing is null ? null : ChangelogEntryNotes.Find(existing.Text, version);
        var hasEntry = entry is not null;
        range ??= new ReleaseRangeReader(repository.Git).Read(component.TagPrefix);
        if (!hasEntry && describe is not null)
        {
            range = describe(range);
        }

        var changelog = ReleaseChangelog.Prepare(root, repository, component, range, version, ChangelogInputs.Today(context), existing, force: hasEntry, dependencies: dependencies);
        if (hasEntry)
        {
            if (changelog.Plan.Edit is not null)
            {
                progress.WriteLine($"{component.ChangelogFile}: keeping the existing entry for {version} as it is (run 'steward changelog --force' to rewrite it from the commits)");
            }

            // The entry is the release's notes: a maintainer's edit reaches the tag message and the notes file too.
            return entry!.Length > 0 ? entry : changelog.Notes;
        }

        if (changelog.Plan.Edit is { } edit)
        {
            edits.Add(new PlannedFileEdit(edit.RelativePath, existing?.Text, System.Text.Encoding.UTF8.GetString(edit.NewContent).TrimStart('\uFEFF'), edit.NewContent));
        }

        return changelog.Notes;
    }
}

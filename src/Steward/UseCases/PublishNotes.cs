using Steward.Changelog;
using Steward.Core.Components;
using Steward.Core.Versioning;
using Steward.Git;

namespace Steward.UseCases;

/// <summary>
/// A released tag's notes as <c>steward notes --version</c> gives them: its CHANGELOG.md entry when there is one (a
/// maintainer may have edited it), else rendered from its commits with changelog.notesTemplate.
/// </summary>
internal static class PublishNotes
{
    public static string For(Repository repository, Component component, SemanticVersion version)
    {
        using var history = ReleaseHistory.Open(repository, component);
        var existing = ChangelogPlanner.ReadExisting(repository.Root, component.ChangelogFile);
        var entry = existing is null ? null : Core.Changelog.Splicing.ChangelogEntryNotes.Find(existing.Text, version);
        if (!string.IsNullOrEmpty(entry))
        {
            return entry;
        }

        var template = TemplateLoader.Load(component.Changelog.NotesTemplate, repository.Root, repository.Root, "steward.yml: changelog.notesTemplate");
        return template.Render(history.ForTag(history.TagOf(version)));
    }

    /// <summary>
    /// The notes a release being planned will publish, the same as <see cref="For"/> reads once it is made: the entry
    /// of the changelog as the plan writes it (or as it is, when the plan keeps it), else the plan's own notes.
    /// </summary>
    public static string Planned(string root, Component component, Core.Planning.ReleasePlan plan)
    {
        var changelog = plan.Edits.FirstOrDefault(e => e.RelativePath == component.ChangelogFile)?.NewText
            ?? ChangelogPlanner.ReadExisting(root, component.ChangelogFile)?.Text;
        var entry = changelog is null ? null : Core.Changelog.Splicing.ChangelogEntryNotes.Find(changelog, plan.Version);
        return string.IsNullOrEmpty(entry) ? plan.Notes : entry;
    }
}

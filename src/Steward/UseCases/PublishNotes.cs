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
}

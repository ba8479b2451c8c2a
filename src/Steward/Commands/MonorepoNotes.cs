using Steward.Changelog;
using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Changelog;
using Steward.Core.Commits;
using Steward.Core.Components;
using Steward.Core.Configuration;
using Steward.Core.Versioning;
using Steward.UseCases;
using Steward.Workspace;

namespace Steward.Commands;

/// <summary>
/// <c>steward notes</c> in a monorepo: each component's notes from its own commits, as the version the monorepo's one
/// decision gives it (a component that does not release is left out unless --component names it); with --version,
/// the named component's release, its commits only.
/// </summary>
internal static class MonorepoNotes
{
    /// <summary>One component's notes: the release they describe and the text (its changelog entry when it has one).</summary>
    internal sealed record Part(Component Component, Release Release, string Text);

    public static List<Part> Build(
        CommandContext context, ProjectDirectory project, Git.Repository repository, StewardConfig config, IReadOnlyList<Component> selected, bool named, SemanticVersion? asked, string? template,
        Func<Component, IReadOnlyList<HistoryCommit>, IReadOnlyList<HistoryCommit>>? describe = null)
    {
        var parts = new List<Part>();
        if (asked is not null)
        {
            var component = selected[0];
            var owned = ComponentCommits.Owned(repository, ComponentResolver.Resolve(config), selected)[0];
            using var history = ReleaseHistory.Open(repository, component, owned);
            parts.Add(Notes(context, project, repository, component, history.ForTag(history.TagOf(asked), describe is null ? null : commits => describe(component, commits)), template));
            return parts;
        }

        var decided = ComponentVersions.Decide(MonorepoHistory.Read(project, repository, config, ComponentResolver.Resolve(config), headAsFound: true), config);
        foreach (var release in decided.Where(d => selected.Any(c => c.Name == d.Component.Name)))
        {
            var version = release.Version ?? (named ? NextVersionDecider.ForUnreleased(release.Scope) : null);
            if (version is null)
            {
                continue;
            }

            using var history = ReleaseHistory.Open(repository, release.Component);
            var range = describe is null ? release.Scope.Range : release.Scope.Range with { Commits = describe(release.Component, release.Scope.Range.Commits) };
            var unreleased = history.Unreleased(range, version, ChangelogInputs.Today(context)) with { Dependencies = release.DependencyUpdates(decided) };
            parts.Add(Notes(context, project, repository, release.Component, unreleased, template));
        }

        return parts;
    }

    /// <summary>Every part under a heading naming its component and version, or as JSON.</summary>
    public static void Print(CommandContext context, IReadOnlyList<Part> parts, bool json)
    {
        if (json)
        {
            var list = parts.Select(p => new ComponentNotesOutput(p.Component.Name, p.Release.Info.Version, p.Release.Info.TagName, p.Text)).ToList();
            OutputJson.Write(context.Out, list, OutputJson.Default.ListComponentNotesOutput);
            return;
        }

        for (var i = 0; i < parts.Count; i++)
        {
            context.Out.Write($"{(i > 0 ? "\n" : string.Empty)}# {parts[i].Component.Name} {parts[i].Release.Info.Version}\n\n{parts[i].Text}");
        }
    }

    private static Part Notes(CommandContext context, ProjectDirectory project, Git.Repository repository, Component component, Release release, string? template)
    {
        var compiled = TemplateLoader.Load(
            template ?? component.Changelog.NotesTemplate,
            template is null ? project.Root : context.WorkingDirectory,
            project.Root,
            template is null ? "steward.yml: changelog.notesTemplate" : "--template");
        var entry = template is null && !repository.IsBare ? NotesCommand.ChangelogEntry(project.Root, component, release.Info.Version) : null;
        return new Part(component, release, string.IsNullOrEmpty(entry) ? compiled.Render(release) : entry);
    }
}

using Steward.Core.Changelog;
using Steward.Core.Changelog.Splicing;
using Steward.Core.Components;
using Steward.Core.Versioning;
using Steward.Git;

namespace Steward.Changelog;

/// <summary>
/// Everything a release needs from the changelog feature, computed without writing anything: the release (its
/// sections, links and contributors), the CHANGELOG.md edit with its diff, and the notes for the release's body.
/// <c>steward changelog</c> applies <see cref="Plan"/>; <c>steward release</c> adds it to its own plan.
/// </summary>
internal sealed class ReleaseChangelog
{
    private readonly Lazy<string> notes;

    private ReleaseChangelog(Release release, ChangelogPlan plan, Lazy<string> notes)
    {
        Release = release;
        Plan = plan;
        this.notes = notes;
    }

    public Release Release { get; }

    public ChangelogPlan Plan { get; }

    /// <summary>The notes for the release's body, rendered with <c>changelog.notesTemplate</c> when first asked for.</summary>
    public string Notes => notes.Value;

    /// <param name="root">The work tree's root (the component's files are relative to it).</param>
    /// <param name="range">The component's release range, as the run read it.</param>
    /// <param name="version">The version being released.</param>
    /// <param name="date">The release date: today, from the command's clock.</param>
    /// <param name="existing">The changelog as the run read it (<see cref="ChangelogPlanner.ReadExisting"/>); null when there is none.</param>
    /// <param name="template">A template name or file overriding <c>changelog.template</c>, relative to <paramref name="templateBase"/>.</param>
    public static ReleaseChangelog Prepare(
        string root,
        Repository repository,
        Component component,
        ReleaseRange range,
        SemanticVersion version,
        DateOnly date,
        ChangelogText? existing,
        bool force,
        string? template = null,
        string? templateBase = null,
        IReadOnlyList<DependencyUpdate>? dependencies = null)
    {
        var changelogTemplate = template is null
            ? TemplateLoader.Load(component.Changelog.Template, root, root, "steward.yml: changelog.template")
            : TemplateLoader.Load(template, templateBase ?? root, root, "--template");
        var notesTemplate = TemplateLoader.Load(component.Changelog.NotesTemplate, root, root, "steward.yml: changelog.notesTemplate");
        using var history = ReleaseHistory.Open(repository, component);
        var release = history.Unreleased(range, version, date) with { Dependencies = dependencies ?? [] };
        var plan = ChangelogPlanner.Plan(component.ChangelogFile, existing, release, changelogTemplate, force);

        // `steward changelog` never shows the notes, and a release whose changelog entry was edited by hand uses the
        // entry: rendering them (a second model of every entry) only when asked saves a good part of the run. A user's
        // notes template is still rendered here, so that its mistakes fail every verb as they did; a built-in one
        // has none to report.
        var notes = new Lazy<string>(() => notesTemplate.Render(release), LazyThreadSafetyMode.None);
        if (!notesTemplate.Template.IsBuiltIn)
        {
            _ = notes.Value;
        }

        return new ReleaseChangelog(release, plan, notes);
    }

    public void Deconstruct(out Release release, out ChangelogPlan plan)
    {
        release = Release;
        plan = Plan;
    }
}

using Steward.Core.Changelog;
using Steward.Core.Configuration;
using Steward.Core.Versioning;
using Steward.Git;

namespace Steward.Changelog;

/// <summary>
/// Everything a release needs from the changelog feature, computed without writing anything: the release (its
/// sections, links and contributors), the CHANGELOG.md edit with its diff, and the notes for the release's body.
/// <c>steward changelog</c> applies <see cref="Plan"/>; <c>steward release</c> adds it to its own plan.
/// </summary>
internal sealed record ReleaseChangelog(Release Release, ChangelogPlan Plan, string Notes)
{
    /// <param name="root">The work tree's root (CHANGELOG.md is relative to it).</param>
    /// <param name="version">The version being released; null for the next version the commits give (exit 3 when none).</param>
    /// <param name="date">The release date: today, from the command's clock.</param>
    /// <param name="initialVersion">The first release when there is no release tag yet (VERSION, or 0.1.0).</param>
    /// <param name="template">A template name or file overriding <c>changelog.template</c>, relative to <paramref name="templateBase"/>.</param>
    public static ReleaseChangelog Prepare(
        string root,
        Repository repository,
        StewardConfig config,
        SemanticVersion? version,
        DateOnly date,
        SemanticVersion initialVersion,
        bool force,
        string? template = null,
        string? templateBase = null)
    {
        var changelogTemplate = template is null
            ? TemplateLoader.Load(config.Changelog.Template, root, root, "steward.yml: changelog.template")
            : TemplateLoader.Load(template, templateBase ?? root, root, "--template");
        var notesTemplate = TemplateLoader.Load(config.Changelog.NotesTemplate, root, root, "steward.yml: changelog.notesTemplate");
        using var history = ReleaseHistory.Open(repository, config);
        var release = history.Unreleased(version, date, initialVersion);
        var plan = ChangelogPlanner.Plan(root, config.Changelog.File, release, changelogTemplate, force);
        return new ReleaseChangelog(release, plan, notesTemplate.Render(release));
    }
}

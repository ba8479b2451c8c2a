using System.Text;
using Steward.Artifacts;
using Steward.Changelog;
using Steward.Configuration;
using Steward.Core.Changelog.Retraction;
using Steward.Core.Changelog.Splicing;
using Steward.Core.Commits;
using Steward.Core.Components;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Core.Flow;
using Steward.Core.Planning;
using Steward.Core.Report;
using Steward.Core.Versioning;
using Steward.Git;
using Steward.Workspace;

namespace Steward.UseCases;

/// <summary>
/// <c>steward report</c>: reads every selected component's release tags (one <c>git for-each-ref</c>), its changelog
/// (the notes maintainers edited, and the retractions <c>rollback --retract-tag</c> recorded) and the support policy,
/// makes each release's notes as <c>steward notes --version</c> does, and plans the page as one artifact step: a file
/// outside what git tracks, written atomically by the engine, so <c>--dry-run</c> shows it and a failure leaves no
/// half-written page.
/// </summary>
internal static class ReportRun
{
    public const string Verb = "report";

    /// <summary>The page's file name in the output directory.</summary>
    public const string FileName = "index.html";

    /// <param name="today">The day support windows are measured against: the command's clock.</param>
    public static ReleaseReport Read(ProjectDirectory project, Repository repository, StewardConfig config, IReadOnlyList<Component> selected, DateOnly today)
    {
        if (repository.IsBare)
        {
            throw Messages.ReportInBareRepository(repository.Root);
        }

        var all = ComponentResolver.Resolve(config);
        var tagsByComponent = new TagReader(repository.Git).ReadVersionTags([.. selected.Select(c => c.TagPrefix)]);
        var owned = ComponentResolver.HasComponents(config) ? ComponentCommits.Owned(repository, all, selected) : null;
        var components = new List<ReportComponent>();
        for (var i = 0; i < selected.Count; i++)
        {
            components.Add(ReadComponent(project, repository, config, selected[i], tagsByComponent[i], owned?[i], today));
        }

        return new ReleaseReport(Path.GetFileName(project.Root), today, components);
    }

    /// <summary>The plan: one artifact step, <c>DIR/index.html</c> with the page's bytes.</summary>
    /// <param name="outDirectory">The output directory, resolved and checked (<see cref="ResolveOut"/>).</param>
    public static ExecutionPlan Plan(ReleaseReport report, string outDirectory, string workingDirectory)
    {
        var full = SafePath.ForWriting(outDirectory, FileName);
        var bytes = new UTF8Encoding(false).GetBytes(ReportPage.Render(report));
        return new ExecutionPlan(Verb, [ArtifactStep.Of(full, Path.GetRelativePath(workingDirectory, full), bytes)]) { Subject = "release report" };
    }

    /// <summary>
    /// The output directory, as <c>steward artifacts --out</c> takes it: typed on the command line it may be outside the
    /// repository; inside it (the default <c>release-report</c> included) never through a symbolic link or into .git.
    /// </summary>
    public static string ResolveOut(string projectRoot, string path, string startDirectory) => ArtifactsPlanner.ResolveOut(projectRoot, path, startDirectory);

    private static ReportComponent ReadComponent(
        ProjectDirectory project, Repository repository, StewardConfig config, Component component, IReadOnlyList<VersionTag> tags, IReadOnlySet<string>? owned, DateOnly today)
    {
        var changelog = ChangelogPlanner.ReadExisting(project.Root, component.ChangelogFile)?.Text;
        var retracted = RetractionNote.Read(changelog);
        var template = TemplateLoader.Load(component.Changelog.NotesTemplate, project.Root, project.Root, "steward.yml: changelog.notesTemplate");
        var releases = new List<ReportRelease>();
        using (var history = ReleaseHistory.Open(repository, component, owned))
        {
            foreach (var tag in tags)
            {
                // As steward notes --version: the changelog's entry when it has one, else the commits of the tag's range.
                var entry = changelog is null ? null : ChangelogEntryNotes.Find(changelog, tag.Version);
                var notes = string.IsNullOrEmpty(entry) ? template.Render(history.ForTag(tag)) : entry;
                releases.Add(new ReportRelease(tag.Version, tag.Name, SupportPolicy.DateOf(tag), IsRetracted(retracted, tag.Version), notes));
            }
        }

        // A retracted release's tag was deleted: the changelog is all that is left of it (its notes and, in the heading, its date).
        var document = retracted.Count > 0 && changelog is not null ? ChangelogDocument.Parse(changelog) : null;
        foreach (var version in retracted.Where(v => !tags.Any(t => SemanticVersion.ComparePrecedence(t.Version, v) == 0)))
        {
            var notes = ChangelogEntryNotes.Find(changelog!, version) ?? RetractionNote.Line(version) + "\n";
            releases.Add(new ReportRelease(version, null, ChangelogHeadingDate.Of(document!, version), true, notes));
        }

        var support = SupportPolicy.Evaluate(tags, config.Flow.Support, today);
        return ReportComponentBuilder.Build(component.Name, component.TagPrefix, releases, support);
    }

    private static bool IsRetracted(IReadOnlyList<SemanticVersion> retracted, SemanticVersion version) =>
        retracted.Any(r => SemanticVersion.ComparePrecedence(r, version) == 0);
}

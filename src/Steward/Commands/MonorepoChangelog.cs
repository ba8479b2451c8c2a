using Steward.Changelog;
using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Commits;
using Steward.Core.Components;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Engine;
using Steward.Git;
using Steward.UseCases;
using Steward.Workspace;

namespace Steward.Commands;

/// <summary>
/// <c>steward changelog</c> in a monorepo: each component's changelog (its own file) gets that component's own commits,
/// as the version the monorepo's one decision gives it (groups and cascades included); with --regenerate each is
/// rebuilt from the component's release tags, listing only the commits that touch its files. Every file is written at
/// once, after every component was planned.
/// </summary>
internal static class MonorepoChangelog
{
    /// <summary>The options of one run.</summary>
    internal sealed record Request(IReadOnlyList<string> Only, bool Regenerate, string? Version, string? Template, bool DryRun, bool Force, bool Json)
    {
        /// <summary>--pr-notes api: a component's commits with their pull requests' descriptions (one cache for the run); null for the commit text.</summary>
        public Func<Component, IReadOnlyList<HistoryCommit>, IReadOnlyList<HistoryCommit>>? Describe { get; init; }
    }

    public static int Run(CommandContext context, ProjectDirectory project, Git.Repository repository, StewardConfig config, Request request)
    {
        var selected = ComponentResolver.Select(config, request.Only);
        if (request.Version is not null && selected.Count != 1)
        {
            throw Messages.MonorepoOptionNeedsOneComponent("--version");
        }

        var outputs = request.Regenerate
            ? Regenerate(context, project, repository, config, selected, request)
            : AddUnreleased(context, project, repository, config, selected, request);
        if (request.Json)
        {
            OutputJson.Write(context.Out, outputs, OutputJson.Default.ListComponentChangelogOutput);
        }

        return ExitCodes.Success;
    }

    private static List<ComponentChangelogOutput> AddUnreleased(
        CommandContext context, ProjectDirectory project, Git.Repository repository, StewardConfig config, IReadOnlyList<Component> selected, Request request)
    {
        var history = MonorepoHistory.Read(project, repository, config, ComponentResolver.Resolve(config), headAsFound: true);
        var decided = ComponentVersions.Decide(history, config);
        var asked = ChangelogInputs.ParseVersion(request.Version);
        var outputs = new List<ComponentChangelogOutput>();
        var edits = new List<FileEdit>();
        var lines = new List<string>();
        foreach (var release in decided.Where(d => selected.Any(c => c.Name == d.Component.Name)))
        {
            var component = release.Component;
            var file = component.ChangelogFile;
            var version = asked ?? release.Version;
            if (version is null)
            {
                outputs.Add(new ComponentChangelogOutput(component.Name, file, null, false, null, false, false, null));
                lines.Add($"{component.Name}: nothing to add to {file}: no releasable commits since its last release");
                continue;
            }

            RepositoryGuards.RefuseUnwritable(project.Root, file, ChangelogPlanner.ChangelogKey);
            var (added, plan) = ReleaseChangelog.Prepare(
                project.Root, repository, component,
                request.Describe is null ? release.Scope.Range : release.Scope.Range with { Commits = request.Describe(component, release.Scope.Range.Commits) },
                version, ChangelogInputs.Today(context),
                ChangelogPlanner.ReadExisting(project.Root, file), request.Force, request.Template, context.WorkingDirectory, release.DependencyUpdates(decided));
            var changed = !plan.IsUnchanged;
            if (plan.Edit is not null)
            {
                edits.Add(plan.Edit);
            }

            outputs.Add(new ComponentChangelogOutput(component.Name, file, added.Info.Version, false, null, changed, changed && !request.DryRun, changed ? plan.Diff : null));
            lines.Add(!changed ? $"{file}: already up to date for {added.Info.Version}" : request.DryRun ? plan.Diff : $"{file}: added {added.Info.Version}");
        }

        if (!request.DryRun && edits.Count > 0)
        {
            AtomicFileWriter.WriteAll(project.Root, edits);
        }

        Print(context, request, lines);
        return outputs;
    }

    private static List<ComponentChangelogOutput> Regenerate(
        CommandContext context, ProjectDirectory project, Git.Repository repository, StewardConfig config, IReadOnlyList<Component> selected, Request request)
    {
        if (request.Version is not null)
        {
            throw Messages.RegenerateWithVersion();
        }

        if (new Git.WorkTreeReader(repository.Git).IsShallow())
        {
            throw Messages.RegenerateInShallowClone();
        }

        var all = ComponentResolver.Resolve(config);
        var owned = selected.Select(_ => new HashSet<string>(StringComparer.OrdinalIgnoreCase)).ToList();
        List<List<string>> rendered;
        List<int> tags;
        using (var mailmap = new MailmapReader(repository.Git, repository.IsBare))
        {
            var histories = ReleaseHistory.OpenAll(repository, selected, owned, mailmap);
            tags = [.. histories.Select(h => h.ChangelogTagsNewestFirst().Count())];
            var templates = selected.Select((component, i) => tags[i] == 0 ? null
                : request.Template is null
                    ? TemplateLoader.Load(component.Changelog.Template, project.Root, project.Root, "steward.yml: changelog.template")
                    : TemplateLoader.Load(request.Template, context.WorkingDirectory, project.Root, "--template")).ToList();
            rendered = RenderAll(repository, all, selected, histories, templates, owned);
        }

        var outputs = new List<ComponentChangelogOutput>();
        var lines = new List<string>();
        for (var i = 0; i < selected.Count; i++)
        {
            var component = selected[i];
            var file = component.ChangelogFile;
            if (tags[i] == 0)
            {
                outputs.Add(new ComponentChangelogOutput(component.Name, file, null, true, 0, false, false, null));
                lines.Add($"{component.Name}: no release tags with the prefix '{component.TagPrefix}'; {file} is left as it is");
                continue;
            }

            using var diff = new StringWriter();
            var changed = ChangelogRegeneration.Run(project.Root, file, rendered[i], request.DryRun, diff);
            outputs.Add(new ComponentChangelogOutput(component.Name, file, null, true, tags[i], changed, changed && !request.DryRun, request.DryRun && changed ? diff.ToString() : null));
            lines.Add(!changed ? $"{file}: already matches the release tags" : request.DryRun ? diff.ToString() : $"{file}: regenerated from {tags[i]} release tags");
        }

        Print(context, request, lines);
        return outputs;
    }

    /// <summary>
    /// Every selected component's releases, rendered newest first, from ONE walk over the history (children first, with
    /// the files of each commit): each commit is assigned to the components whose files it touches, and each
    /// component's stream splits the walk at its own tags, listing its own commits only.
    /// </summary>
    private static List<List<string>> RenderAll(
        Git.Repository repository, IReadOnlyList<Component> all, IReadOnlyList<Component> selected, IReadOnlyList<ReleaseHistory> histories,
        List<Core.Changelog.Rendering.CompiledTemplate?> templates, List<HashSet<string>> owned)
    {
        var rendered = selected.Select(_ => new List<string>()).ToList();
        var streams = histories.Select((h, i) => templates[i] is null ? null : h.ChangelogStream()).ToList();
        var tips = streams.OfType<ChangelogReleaseStream>().SelectMany(s => s.Tips).Distinct(StringComparer.Ordinal).ToList();
        if (tips.Count == 0)
        {
            return rendered;
        }

        // A commit's owners are worked out among every component, as the release ranges assign them.
        var files = new ComponentFiles(all);
        var owners = new bool[all.Count];
        var indexInAll = selected.Select(c => all.Select(a => a.Name).ToList().IndexOf(c.Name)).ToList();
        foreach (var commit in new Git.HistoryReader(repository.Git).ReadTopologicalWithFiles(tips))
        {
            Array.Clear(owners);
            foreach (var path in commit.Files)
            {
                files.Mark(path, owners);
            }

            var sha = commit.Commit.Commit.Sha;
            for (var i = 0; i < streams.Count; i++)
            {
                if (streams[i] is not { } stream)
                {
                    continue;
                }

                var mine = owners[indexInAll[i]];
                if (mine)
                {
                    owned[i].Add(sha);
                }

                foreach (var release in stream.Add(commit.Commit, listed: mine))
                {
                    rendered[i].Add(templates[i]!.Render(release));
                }
            }
        }

        for (var i = 0; i < streams.Count; i++)
        {
            foreach (var release in streams[i]?.Finish() ?? [])
            {
                rendered[i].Add(templates[i]!.Render(release));
            }
        }

        return rendered;
    }

    private static void Print(CommandContext context, Request request, List<string> lines)
    {
        var output = request.Json ? context.Error : context.Out;
        foreach (var line in lines)
        {
            // A diff ends with its own newline; a report line is one line.
            if (line.EndsWith('\n'))
            {
                output.Write(line);
            }
            else
            {
                output.WriteLine(line);
            }
        }
    }
}

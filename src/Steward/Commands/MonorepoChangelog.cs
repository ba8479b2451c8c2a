using Steward.Changelog;
using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Components;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Engine;
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
    internal sealed record Request(IReadOnlyList<string> Only, bool Regenerate, string? Version, string? Template, bool DryRun, bool Force, bool Json);

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
        var history = MonorepoHistory.Read(project, repository, config, ComponentResolver.Resolve(config));
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
            var (added, plan, _) = ReleaseChangelog.Prepare(
                project.Root, repository, component, release.Scope.Range, version, ChangelogInputs.Today(context),
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

        var owned = ComponentCommits.Owned(repository, ComponentResolver.Resolve(config), selected);
        var outputs = new List<ComponentChangelogOutput>();
        var lines = new List<string>();
        for (var i = 0; i < selected.Count; i++)
        {
            var component = selected[i];
            var file = component.ChangelogFile;
            using var history = ReleaseHistory.Open(repository, component, owned[i]);
            var tags = history.ChangelogTagsNewestFirst().Count();
            if (tags == 0)
            {
                outputs.Add(new ComponentChangelogOutput(component.Name, file, null, true, 0, false, false, null));
                lines.Add($"{component.Name}: no release tags with the prefix '{component.TagPrefix}'; {file} is left as it is");
                continue;
            }

            var compiled = request.Template is null
                ? TemplateLoader.Load(component.Changelog.Template, project.Root, project.Root, "steward.yml: changelog.template")
                : TemplateLoader.Load(request.Template, context.WorkingDirectory, project.Root, "--template");
            using var diff = new StringWriter();
            var changed = ChangelogRegeneration.Run(project.Root, file, history, compiled, request.DryRun, diff);
            outputs.Add(new ComponentChangelogOutput(component.Name, file, null, true, tags, changed, changed && !request.DryRun, request.DryRun && changed ? diff.ToString() : null));
            lines.Add(!changed ? $"{file}: already matches the release tags" : request.DryRun ? diff.ToString() : $"{file}: regenerated from {tags} release tags");
        }

        Print(context, request, lines);
        return outputs;
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

using Steward.Artifacts;
using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Components;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Core.Planning;
using Steward.Engine;
using Steward.Git;

namespace Steward.Commands;

/// <summary>
/// <c>steward artifacts</c> in a monorepo: the selected components' releases (their tags at HEAD, or one named
/// component's --version), each built into <c>OUT/NAME/</c>, all in one plan through the engine.
/// </summary>
internal static class MonorepoArtifacts
{
    public static int Run(CommandContext context, string projectRoot, Repository repository, IReadOnlyList<Component> selected, bool named, string? version,
        Func<string> outDirectory, bool dryRun, bool json)
    {
        if (version is not null && (!named || selected.Count != 1))
        {
            throw Messages.MonorepoOptionNeedsOneComponent("--version");
        }

        var releases = ComponentReleaseTags.Resolve(repository.Git, selected, named, version, ArtifactsPlanner.Verb);
        var plan = ArtifactsPlanner.PlanComponents(context, projectRoot, repository, releases, outDirectory);
        if (dryRun)
        {
            PlanRun.PrintDryRun(context, plan, json);
            return ExitCodes.Success;
        }

        PlanRun.Apply(context, repository.Root, repository.Git, plan, plan.Subject!);
        var steps = plan.Steps.OfType<ArtifactStep>().ToList();
        if (json)
        {
            var list = releases.Select(r =>
            {
                var directory = Path.GetDirectoryName(steps.First(s => Path.GetFileName(Path.GetDirectoryName(s.FullPath)) == r.Component.Name).FullPath)!;
                var files = steps.Where(s => Path.GetDirectoryName(s.FullPath) == directory)
                    .Select(a => new ArtifactOutput(Path.GetFileName(a.FullPath), a.ShownPath, a.Size, a.Sha256)).ToList();
                return new ComponentArtifactsOutput(r.Component.Name, r.Tag.Name, r.Tag.Version.ToString(), Path.GetRelativePath(context.WorkingDirectory, directory), files);
            }).ToList();
            OutputJson.Write(context.Out, list, OutputJson.Default.ListComponentArtifactsOutput);
            return ExitCodes.Success;
        }

        foreach (var artifact in steps)
        {
            context.Out.WriteLine(artifact.ShownPath);
        }

        return ExitCodes.Success;
    }

    /// <summary>The interrupted run's plan again: its tags (the journal's subject), into its output directory.</summary>
    public static ExecutionPlan Replan(CommandContext context, string projectRoot, Repository repository, StewardConfig config, EngineJournal journal)
    {
        var components = ComponentResolver.Resolve(config);
        var releases = (journal.Subject ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(tag => components.FirstOrDefault(c => ReleaseTagResolver.IsReleaseTag(tag, c.TagPrefix)) is { } component
                ? (component, ReleaseTagResolver.Resolve(repository.Git, component.TagPrefix, tag))
                : throw Messages.ArtifactTagNotFound(tag))
            .ToList();
        var first = journal.Steps.First(s => s.Kind == "artifact").Path!;
        return ArtifactsPlanner.PlanComponents(context, projectRoot, repository, releases, () => Path.GetDirectoryName(Path.GetDirectoryName(first))!);
    }
}

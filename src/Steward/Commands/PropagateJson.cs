using Steward.Cli;
using Steward.Core.Propagation;
using Steward.Core.Versioning;
using Steward.Propagation;

namespace Steward.Commands;

/// <summary>
/// <c>steward propagate --json</c>: the plan is taken before the run changes anything, the run's own lines go to
/// standard error, and one <see cref="PropagateOutput"/> goes to standard output once it has succeeded.
/// </summary>
internal static class PropagateJson
{
    public static int Run(CommandContext context, PropagationContext project, PropagateOptions options, Func<CommandContext, int> run)
    {
        var plan = Propagator.Plan(project.Targets.Files, project.Version, project.Config.TagPrefix);
        var files = plan.Select(f => new PropagatedFileOutput(f.Path, f.Changed, [.. Changes(project, f)])).ToList();
        var code = run(context with { Out = context.Error });
        var version = project.VersionFile.Version.Normalized;
        var git = new ReleaseGit(project.Repository.Git);
        var branch = options.Push ? git.Branch() : null;
        var output = new PropagateOutput(
            version,
            options.DryRun,
            !options.DryRun,
            files,
            options.Commit && !options.DryRun ? $"chore(release): {version}" : null,
            options.Tag && !options.DryRun ? VersionConverter.ToGitTag(project.SemVer(), project.Config.TagPrefix) : null,
            branch is null || options.DryRun ? null : git.PushRemote(branch));
        OutputJson.Write(context.Out, output, OutputJson.Default.PropagateOutput);
        return code;
    }

    private static IEnumerable<PropagatedSlotOutput> Changes(PropagationContext project, PlannedFile file)
    {
        foreach (var slot in file.Slots)
        {
            var expected = VersionRenderer.Expected(slot, project.Version, project.Config.TagPrefix);
            if (!string.Equals(slot.Found, expected, StringComparison.Ordinal))
            {
                yield return new PropagatedSlotOutput(slot.Line, slot.Label, slot.Found, expected);
            }
        }
    }
}

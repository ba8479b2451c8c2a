using Steward.Cli;
using Steward.Core.Components;
using Steward.Core.Planning;
using Steward.Core.Versioning;
using Steward.Engine;
using Steward.Workspace;

namespace Steward.UseCases;

/// <summary>
/// <c>steward version set</c> and <c>version bump</c> on the engine: a plan of one <c>file</c> step (VERSION rewritten,
/// with its diff; the step kind release uses), refused while planning when VERSION is a directory, a link or read-only,
/// printed by <c>--dry-run</c> or applied by the one executor. Outside a git repository there is no journal to keep:
/// the same step is written atomically without one.
/// </summary>
internal static class VersionFileWrite
{
    /// <summary>Refuses, before VERSION is read, a directory, a link or a read-only file where it is written.</summary>
    public static void RefuseUnwritable(ProjectDirectory project, Component component) =>
        RepositoryGuards.RefuseUnwritable(project.Root, component.VersionFile, component.VersionFile);

    /// <summary>
    /// Plans VERSION rewritten with <paramref name="written"/>, then prints the plan (<paramref name="dryRun"/>) or applies
    /// it, and prints the version. The caller has refused an unwritable VERSION (<see cref="RefuseUnwritable"/>) before
    /// reading it.
    /// </summary>
    public static void Run(CommandContext context, ProjectDirectory project, Component component, string verb, ParsedVersion written, string newline, bool dryRun, bool json)
    {
        var plan = Plan(project, component, verb, written, newline);
        if (dryRun)
        {
            PrintDryRun(context, plan, written, json);
            return;
        }

        Apply(context, project, plan, written);
        context.Out.WriteLine(written.ToString());
    }

    private static ExecutionPlan Plan(ProjectDirectory project, Component component, string verb, ParsedVersion written, string newline)
    {
        var full = Path.Combine(project.Root, component.VersionFile);
        var old = File.Exists(full) ? File.ReadAllText(full) : null;
        var text = VersionFile.Render(written, newline);
        return new ExecutionPlan(verb, [new FileWriteStep(component.VersionFile, old, text, System.Text.Encoding.UTF8.GetBytes(text))]);
    }

    /// <summary>
    /// The dry run: the new version alone on standard output (as the real run prints it, for scripts), the steps and
    /// the diff on standard error; with <paramref name="json"/>, one document (<c>version</c>, <c>steps</c>) on standard output.
    /// </summary>
    private static void PrintDryRun(CommandContext context, ExecutionPlan plan, ParsedVersion written, bool json)
    {
        if (json)
        {
            PlanRun.WriteJson(context.Out, plan, dryRun: true, w => w.WriteString("version", written.ToString()));
            return;
        }

        context.Out.WriteLine(written.ToString());
        PlanPrinter.PrintSteps(context.Error, plan);
        foreach (var file in plan.Files)
        {
            context.Error.Write(file.Diff);
        }

        context.Error.WriteLine("dry run: nothing was changed");
    }

    private static void Apply(CommandContext context, ProjectDirectory project, ExecutionPlan plan, ParsedVersion written)
    {
        if (project.Repository is { IsBare: false } repository)
        {
            PlanRun.Apply(context, project.Root, repository.Git, plan, written.ToString());
            return;
        }

        AtomicFileWriter.WriteAll(project.Root, [.. plan.Files.Select(f => new FileEdit(f.RelativePath, f.Bytes))]);
    }
}

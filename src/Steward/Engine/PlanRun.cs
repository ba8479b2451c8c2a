using System.Text.Json;
using Steward.Cli;
using Steward.Core.Planning;
using Steward.Git;

namespace Steward.Engine;

/// <summary>
/// What every verb on the engine does with its plan once it is built: print it (<c>--dry-run</c>, as text or, with
/// <c>--json</c>, as <c>steps</c>), or apply it with the one executor.
/// </summary>
internal static class PlanRun
{
    /// <summary>Prints the steps and the diff of every file step; with <paramref name="json"/>, one document.</summary>
    public static void PrintDryRun(CommandContext context, ExecutionPlan plan, bool json)
    {
        if (json)
        {
            WriteJson(context.Out, plan, dryRun: true);
            return;
        }

        PlanPrinter.PrintSteps(context.Out, plan);
        foreach (var file in plan.Files)
        {
            context.Out.Write(file.Diff);
        }

        context.Out.WriteLine("dry run: nothing was changed");
    }

    /// <summary>The plan as data: <c>verb</c>, <c>dryRun</c> and <c>steps</c> (the steps that would run, or that ran).</summary>
    /// <param name="fields">What the verb adds about its plan (the branch, the version), written before the steps.</param>
    public static void WriteJson(TextWriter output, ExecutionPlan plan, bool dryRun, Action<Utf8JsonWriter>? fields = null) => Json.Write(output, w =>
    {
        w.WriteStartObject();
        w.WriteString("verb", plan.Verb);
        w.WriteBoolean("dryRun", dryRun);
        fields?.Invoke(w);
        PlanJson.WriteSteps(w, plan);
        w.WriteEndObject();
    });

    /// <summary>Applies the plan (journal, undo on failure); <paramref name="name"/> is what recovery calls the run.</summary>
    public static ExecutionResult Apply(CommandContext context, string root, GitRunner git, ExecutionPlan plan, string name) =>
        Executor(context, root, git).Apply(plan, name, new Dictionary<string, string>());

    /// <param name="services">What runs the plan's forge and announce steps, for a verb whose plans have them.</param>
    public static PlanExecutor Executor(CommandContext context, string root, GitRunner git, IServiceSteps? services = null) =>
        new(root, git, new ExternalCommandRunner(root, context.Environment, context.Error), context.Error) { Services = services };

    /// <summary>Refuses to plan while a run is interrupted, so that a plan is never made from a half-applied repository.</summary>
    public static void RefuseIfInterrupted(GitRunner git) => new JournalStore(new WorkTreeReader(git)).RefuseIfInterrupted();
}

using System.Text.Json;
using Steward.Cli;
using Steward.Core.Planning;
using Steward.Engine;
using Steward.Git;

namespace Steward.UseCases;

/// <summary>
/// <c>forge doctor --fix</c> on the engine: the report's fixes are one plan of forge steps, printed by <c>--dry-run</c>
/// (as data with <c>--json</c>) or applied by the one executor. A fix the forge refuses or fails stops the run with its
/// one line and keeps the journal: <c>--continue</c> makes only the fixes left, <c>--abort</c> clears it and says which
/// fixes were made (nothing on the forge is undone, and nothing here was changed). A new <c>--fix</c> plans again from
/// the forge, so it clears such a journal instead of refusing.
/// </summary>
internal static class ForgeDoctorPlanRun
{
    public static void PrintDryRun(CommandContext context, ForgeDoctorReport report, bool json)
    {
        var plan = report.Plan!;
        if (json)
        {
            PlanRun.WriteJson(context.Out, plan, dryRun: true, w => WriteChecks(w, report.Checks));
            return;
        }

        Print(context.Out, report.Checks);
        PlanPrinter.PrintSteps(context.Out, plan);
        context.Out.WriteLine("dry run: nothing was changed");
    }

    /// <summary>Applies the fixes (none: nothing is written, no journal) and prints the report with what was made.</summary>
    public static void Apply(CommandContext context, Repository repository, ForgeDoctorReport report, bool verbose)
    {
        var plan = report.Plan!;
        var checks = report.Checks;
        if (plan.Steps.Count > 0)
        {
            var services = new ForgeDoctorServiceSteps(context, verbose);
            services.Know(report.Labels);
            PlanRun.Executor(context, repository.Root, repository.Git, services).Apply(plan, plan.Subject ?? string.Empty, new Dictionary<string, string>());
            checks = [.. checks.Select(c => c.Fix is { } fix && services.Made.Contains(fix) ? Done(fix) : c)];
        }

        Print(context.Out, checks);
    }

    /// <summary>A journal of an earlier <c>--fix</c> that stopped: a new one reads the forge again and plans what is left.</summary>
    public static void ClearStopped(GitRunner git)
    {
        var store = new JournalStore(new WorkTreeReader(git));
        if (store.Exists && store.Load() is { Verb: ForgeDoctor.FixVerb })
        {
            store.Delete();
        }
    }

    /// <summary>Makes the fixes an interrupted run left, each after reading what the forge has.</summary>
    public static void Continue(CommandContext context, Repository repository, bool verbose)
    {
        var services = new ForgeDoctorServiceSteps(context, verbose);
        var result = PlanRun.Executor(context, repository.Root, repository.Git, services).Continue(ForgeDoctor.FixVerb);
        Print(context.Out, [.. services.Made.Select(Done)]);
        context.Out.WriteLine($"finished the interrupted {ForgeDoctor.FixVerb} of {result.Journal.Name()}");
    }

    /// <summary>Clears an interrupted run; says which fixes it made and which not (nothing on the forge is undone).</summary>
    public static void Abort(CommandContext context, Repository repository)
    {
        var journal = PlanRun.Executor(context, repository.Root, repository.Git).Abort(ForgeDoctor.FixVerb).Journal;
        var fixes = journal.Steps.Select(s => s.ToStep()).OfType<ForgeFixStep>().ToList();
        var made = fixes.Take(journal.Done).Select(f => f.What).ToList();
        var left = fixes.Skip(journal.Done).Select(f => f.What).ToList();
        context.Out.WriteLine($"aborted the interrupted {ForgeDoctor.FixVerb} of {journal.Name()}: nothing on the forge is undone");
        context.Out.WriteLine($"  made: {(made.Count == 0 ? "nothing" : string.Join(", ", made))}");
        context.Out.WriteLine($"  not made: {(left.Count == 0 ? "nothing" : string.Join(", ", left))}");
    }

    public static void Print(TextWriter output, IEnumerable<ForgeDoctorCheck> checks)
    {
        foreach (var check in checks)
        {
            output.WriteLine($"{(check.Ok ? check.Warning ? "warn" : "ok  " : "FAIL")}  {check.Check,-10}  {check.Detail}");
        }
    }

    /// <summary>The line of a fix made.</summary>
    private static ForgeDoctorCheck Done(ForgeFixStep fix) => fix.Action == ForgeFixAction.CreateLabel
        ? new ForgeDoctorCheck("label", true, $"made '{fix.Name}'")
        : new ForgeDoctorCheck("merge-msg", true, "set squash and merge commits to carry the pull request's title and description");

    private static void WriteChecks(Utf8JsonWriter w, IEnumerable<ForgeDoctorCheck> checks)
    {
        w.WriteStartArray("checks");
        foreach (var check in checks)
        {
            w.WriteStartObject();
            w.WriteString("check", check.Check);
            w.WriteBoolean("ok", check.Ok);
            w.WriteBoolean("warning", check.Warning);
            w.WriteString("detail", check.Detail);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}

using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Announce;
using Steward.Core.Errors;
using Steward.Core.Planning;
using Steward.Engine;
using Steward.Git;

namespace Steward.UseCases;

/// <summary>
/// <c>steward announce</c> on the engine: its plan of announce steps (<see cref="AnnouncePlanner"/>) printed or applied
/// by the one executor. A delivery that fails is a warning and the other steps still run; then the journal stays at
/// the first step not done, so <c>--continue</c> sends only what was not sent (the delivery records say what was),
/// and <c>--abort</c> clears it, saying what had been sent (a message cannot be taken back).
/// </summary>
internal static class AnnouncePlanRun
{
    /// <summary>The dry run: the steps, each release's messages as they would be sent, and nothing sent or recorded.</summary>
    public static ExecutionPlan DryRun(CommandContext context, Repository repository, AnnounceOptions options)
    {
        var plan = AnnouncePlanner.Plan(repository, ConfigLoader.Load(repository.Root), options);
        if (options.Json)
        {
            PlanRun.WriteJson(context.Out, plan, dryRun: true);
            return plan;
        }

        PlanPrinter.PrintSteps(context.Out, plan);
        foreach (var tag in plan.Steps.OfType<AnnounceStep>().Select(s => s.Tag).Distinct())
        {
            new AnnounceRun(context, options with { Tag = tag }, context.Out).Execute(repository.Root);
        }

        context.Out.WriteLine("dry run: nothing was changed");
        return plan;
    }

    public static AnnounceReport Apply(CommandContext context, Repository repository, AnnounceOptions options, TextWriter progress)
    {
        PlanRun.RefuseIfInterrupted(repository.Git);
        var plan = AnnouncePlanner.Plan(repository, ConfigLoader.Load(repository.Root), options);
        var services = Services(context, repository, progress, options.Force);
        var result = PlanRun.Executor(context, repository.Root, repository.Git, services).Apply(plan, plan.Subject ?? string.Empty, new Dictionary<string, string>());
        return Report(services, result.Journal.Name(), dryRun: false);
    }

    /// <summary>Runs an interrupted announce's steps from the first not done; those already delivered send nothing.</summary>
    public static AnnounceReport Continue(CommandContext context, Repository repository, TextWriter progress)
    {
        var services = Services(context, repository, progress, force: false);
        var executor = PlanRun.Executor(context, repository.Root, repository.Git, services);
        var result = executor.Continue("announce");
        return Report(services, result.Journal.Name(), dryRun: false);
    }

    /// <summary>Clears an interrupted announce; returns the lines that say what had been sent and what not.</summary>
    public static IReadOnlyList<string> Abort(CommandContext context, Repository repository)
    {
        var journal = PlanRun.Executor(context, repository.Root, repository.Git).Abort("announce").Journal;
        var notes = new NotesReader(repository.Git);
        var sent = new List<string>();
        var unsent = new List<string>();
        foreach (var step in journal.Steps.Select(s => s.ToStep()).OfType<AnnounceStep>())
        {
            var tagObject = notes.TagObject(step.Tag);
            var delivered = tagObject is not null && DeliveryRecords.Delivered(notes.Note(DeliveryRecords.NotesRef, tagObject)).Contains(step.Announcer);
            (delivered ? sent : unsent).Add($"{step.AnnouncerKind} '{step.Announcer}' ({step.Tag})");
        }

        return
        [
            $"aborted the interrupted announce of {journal.Name()}: a message sent cannot be taken back",
            $"  sent: {(sent.Count == 0 ? "nothing" : string.Join(", ", sent))}",
            $"  not sent: {(unsent.Count == 0 ? "nothing" : string.Join(", ", unsent))}",
        ];
    }

    private static ServiceSteps Services(CommandContext context, Repository repository, TextWriter progress, bool force) =>
        new(context, repository.Root, verbose: false, _ => { }) { Progress = progress, KeepUnsent = true, ForceAnnounce = force };

    private static AnnounceReport Report(ServiceSteps services, string name, bool dryRun) =>
        new(name, dryRun, services.Announced.Any(r => r.Pushed), [.. services.Announced.SelectMany(r => r.Announcers)]);
}

using Steward.Cli;
using Steward.Core.Errors;
using Steward.Core.Planning;
using Steward.Engine;
using Steward.Git;

namespace Steward.Flow;

/// <summary>
/// Runs a finish's plan on the one engine (one journal, <c>.git/steward/journal.json</c>): a conflict stops it with
/// git's merge state and the journal kept; <c>--continue</c> concludes the merge and runs the rest, <c>--abort</c> puts
/// every branch, tag and file back and returns where the finish began. Then the downstream sync, for release and
/// hotfix finishes.
/// </summary>
internal static class FinishEngine
{
    /// <summary>The state file of a finish stopped by a Steward from before the engine.</summary>
    public const string LegacyStateFile = "steward-flow.json";

    /// <summary>
    /// Refuses to start while a run is interrupted (a finish in the words it always had, any other verb as the engine
    /// words it), while a finish of an earlier Steward waits, or while git itself is in the middle of a merge.
    /// </summary>
    public static void RequireIdle(FlowSession session)
    {
        RefuseLegacyState(session);
        var store = new JournalStore(new WorkTreeReader(session.Git));
        if (store.Exists && store.Load() is { Steps.Count: > 0 } journal && journal.Verb.StartsWith("flow ", StringComparison.Ordinal))
        {
            var command = journal.Verb["flow ".Length..];
            throw Messages.FinishInProgress(command, journal.Subject, journal.Verb);
        }

        store.RefuseIfInterrupted();
        if (session.Branches.IsMerging())
        {
            throw Messages.GitMergeInProgress();
        }
    }

    /// <summary>Applies a new finish; <paramref name="syncAfter"/> syncs the downstream branches (flow.sync) once done.</summary>
    /// <returns>Whether the downstream sync after it (if any) synced every branch; the finish itself stands either way.</returns>
    public static bool Start(CommandContext context, FlowSession session, ExecutionPlan plan, string version, bool syncAfter)
    {
        var result = Executor(context, session).Apply(plan, version, new Dictionary<string, string>(StringComparer.Ordinal));
        return Done(context, session, result, syncAfter);
    }

    /// <summary>--continue or --abort of the finish <paramref name="verb"/> (e.g. <c>flow release finish</c>).</summary>
    public static bool Resume(CommandContext context, FlowSession session, string verb, bool resume)
    {
        RefuseLegacyState(session);
        var executor = Executor(context, session);
        if (!executor.Store.Exists)
        {
            throw Messages.NoFinishInProgress(resume);
        }

        if (resume)
        {
            var result = executor.Continue(verb);
            return Done(context, session, result, syncAfter: verb != "flow feature finish");
        }

        var outcome = executor.Abort(verb);
        var command = $"'{outcome.Journal.Verb}' of {outcome.Journal.Subject}";
        context.Out.WriteLine(outcome.AlreadyReleased
            ? $"Nothing undone for {command}: '{outcome.Journal.Remote}' has what its push sent, so the finish is done there; pull to bring the rest here."
            : $"Aborted {command}: every branch and tag is back where it was.");
        return true;
    }

    private static PlanExecutor Executor(CommandContext context, FlowSession session)
    {
        var commands = new ExternalCommandRunner(session.Project.Root, context.Environment, context.Out)
        {
            ProgressInterval = context.OutputIsTerminal ? TimeSpan.FromSeconds(10) : null,
        };
        return new PlanExecutor(session.Project.Root, session.Git, commands, context.Out) { AnnounceContinue = false };
    }

    private static bool Done(CommandContext context, FlowSession session, ExecutionResult result, bool syncAfter)
    {
        if (result.Warning is { } warning)
        {
            ErrorLine.Warn(context.Error, warning);
        }

        var pushed = result.Journal.Steps.Any(s => s.Role == GitStepRole.Push);
        return syncAfter && session.Flow.Sync.Count > 0 ? SyncReport.Run(context, session, session.Flow.Sync, pushed) : true;
    }

    private static void RefuseLegacyState(FlowSession session)
    {
        var legacy = Path.Combine(session.Branches.GitDirectory(), LegacyStateFile);
        if (File.Exists(legacy))
        {
            throw Messages.LegacyFinishState(legacy);
        }
    }
}

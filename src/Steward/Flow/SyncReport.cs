using Steward.Cli;
using Steward.Core.Configuration;
using Steward.Core.Planning;
using Steward.Engine;
using Steward.Git;

namespace Steward.Flow;

/// <summary>
/// Plans a sync (<see cref="DownstreamSync"/>), applies it on the one engine (an update-ref step with its old value per
/// branch that changes, then one atomic push), and reports one line per branch; shared by <c>sync</c>, the finishes and
/// <c>steward release</c>. A rejected push puts every branch back; a kill leaves the journal for <c>steward sync
/// --continue</c> or <c>--abort</c>.
/// </summary>
internal static class SyncReport
{
    public const string Verb = "sync";

    /// <param name="json">Print one JSON document instead of a line per branch.</param>
    /// <param name="dryRun">Print the plan (and the outcome each branch would have) and change nothing.</param>
    /// <returns>Whether every branch synced (a conflict on one leaves it as it was and the others still sync).</returns>
    public static bool Run(CommandContext context, FlowSession session, IReadOnlyList<SyncBranchConfig> targets, bool push, bool json = false, bool dryRun = false) =>
        Run(context, context.Out, session.Project.Root, session.Git, session.Flow, targets, push, json, dryRun);

    /// <summary>
    /// After <c>steward release</c>: syncs the downstream branches that follow the released branch (pushed when the
    /// release was). A failing branch is reported and makes the exit code 1; the release itself stands.
    /// </summary>
    public static bool AfterRelease(CommandContext context, TextWriter output, GitRunner git, FlowConfig flow, string releasedBranch, bool pushed)
    {
        var targets = flow.Sync.Where(s => (s.From.Length > 0 ? s.From : flow.Branches.Main) == releasedBranch).ToList();

        // A release whose steps after the push failed keeps its journal for --continue, which syncs then.
        return targets.Count == 0 || new JournalStore(new WorkTreeReader(git)).Exists ? true : Run(context, output, git.WorkingDirectory, git, flow, targets, pushed, json: false, dryRun: false);
    }

    /// <summary>--continue or --abort of an interrupted sync.</summary>
    public static void Resume(CommandContext context, FlowSession session, bool resume)
    {
        var executor = Executor(context, context.Out, session.Project.Root, session.Git);
        if (resume)
        {
            var result = executor.Continue(Verb);
            context.Out.WriteLine($"synced {result.Journal.Subject}" + (result.Pushed ? $", pushed to {result.Journal.Remote}" : string.Empty));
            return;
        }

        var outcome = executor.Abort(Verb);
        context.Out.WriteLine(outcome.AlreadyReleased
            ? $"Nothing undone for the sync of {outcome.Journal.Subject}: '{outcome.Journal.Remote}' has what its push sent."
            : $"Aborted the sync of {outcome.Journal.Subject}: every branch is back where it was.");
    }

    private static bool Run(CommandContext context, TextWriter output, string root, GitRunner git, FlowConfig flow, IReadOnlyList<SyncBranchConfig> targets, bool push,
        bool json, bool dryRun)
    {
        // Refused before planning: an interrupted sync has moved branches that a new plan would take as they are.
        new JournalStore(new WorkTreeReader(git)).RefuseIfInterrupted();
        var branches = new BranchOperations(git);
        var results = new DownstreamSync(branches, flow).SyncAll(targets);
        if (!dryRun && targets.Any(t => t.Gates.Count > 0))
        {
            // Before the plan: a branch whose gates fail drops out of it, left as it was.
            results = SyncGates.Check(context, () => FlowSession.Open(context, root, needsWorkTree: false), results, targets, json ? context.Error : output);
        }

        var remote = flow.Remote;
        var pushed = push
            ? results.Where(r => r.Outcome != SyncOutcome.Failed && r.After != branches.RemoteBranchSha(remote, r.Branch)).Select(r => r.Branch).ToHashSet(StringComparer.Ordinal)
            : [];
        var plan = Plan(results, pushed, remote);
        if (!dryRun && plan.Steps.Count > 0)
        {
            var result = Executor(context, output, root, git).Apply(plan, string.Empty, new Dictionary<string, string>(StringComparer.Ordinal));
            if (result.Warning is { } warning)
            {
                ErrorLine.Warn(context.Error, warning);
            }
        }

        var synced = results.All(r => r.Outcome != SyncOutcome.Failed);
        foreach (var failed in results.Where(r => r.Outcome == SyncOutcome.Failed))
        {
            ErrorLine.Write(context.Error, failed.Problem ?? string.Empty);
        }

        if (json)
        {
            WriteJson(output, results, pushed, dryRun, plan);
            return synced;
        }

        foreach (var result in results.Where(r => r.Outcome != SyncOutcome.Failed))
        {
            var sha = Short(result.After);
            output.WriteLine(result.Outcome switch
            {
                SyncOutcome.UpToDate when result.Changed => $"{result.Branch}: up to date with {result.From} (moved to {remote}/{result.Branch}, {sha})",
                SyncOutcome.UpToDate => $"{result.Branch}: up to date with {result.From}",
                SyncOutcome.FastForwarded => $"{result.Branch}: fast-forwarded to {result.From} ({sha})",
                _ => $"{result.Branch}: merged {result.From} ({sha})",
            } + (dryRun && GatesOf(targets, result) is { Count: > 0 } gates ? $", after its gates ({string.Join(", ", gates.Select(g => $"'{g.Name}'"))}) pass" : string.Empty)
              + (pushed.Contains(result.Branch) ? $", {(dryRun ? "would push" : "pushed")} to {remote}" : string.Empty));
        }

        if (dryRun)
        {
            PlanPrinter.PrintSteps(output, plan);
            output.WriteLine("dry run: nothing was changed");
        }

        return synced;
    }

    /// <summary>The gates a branch's move waits for: none when it does not move to a new commit.</summary>
    private static List<GateConfig> GatesOf(IReadOnlyList<SyncBranchConfig> targets, SyncResult result) =>
        result.Outcome is SyncOutcome.Merged or SyncOutcome.FastForwarded ? targets.FirstOrDefault(t => t.Branch == result.Branch)?.Gates ?? [] : [];

    /// <summary>An update-ref (compare-and-swap) per branch that changes, then one atomic push of the branches to push.</summary>
    private static ExecutionPlan Plan(IReadOnlyList<SyncResult> results, HashSet<string> pushed, string remote)
    {
        var changed = results.Where(r => r.Changed).ToList();
        var steps = new List<PlanStep>();
        foreach (var result in changed)
        {
            var name = "refs/heads/" + result.Branch;
            steps.Add(new GitStep(GitStepRole.UpdateRef, GitWrites.UpdateRef(name, result.After!, result.Before ?? string.Empty)) { Branch = name, From = result.After });
        }

        if (pushed.Count > 0)
        {
            steps.Add(new GitStep(GitStepRole.Push, GitWrites.PushRefspecs(remote, [.. results.Where(r => pushed.Contains(r.Branch)).Select(r => $"refs/heads/{r.Branch}:refs/heads/{r.Branch}")])));
        }

        var touched = results.Where(r => r.Changed || pushed.Contains(r.Branch)).Select(r => r.Branch).ToList();
        return new ExecutionPlan(Verb, steps)
        {
            // Every branch the sync may move, so that undo puts each back; at least one, so that the engine treats the
            // plan as one over refs (nothing here is a commit on the checked-out branch).
            Refs = [.. touched.Select(b => "refs/heads/" + b)],
            Subject = string.Join(", ", touched),
            Remote = remote,
            PushRejected = $"push to {remote} rejected ({{0}}); no branch was synced here or on {remote}; fetch and rerun",
        };
    }

    private static PlanExecutor Executor(CommandContext context, TextWriter output, string root, GitRunner git) =>
        new(root, git, new ExternalCommandRunner(root, context.Environment, output), output) { AnnounceContinue = true };

    private static void WriteJson(TextWriter output, IReadOnlyList<SyncResult> results, HashSet<string> pushed, bool dryRun, ExecutionPlan plan) =>
        Json.Write(output, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("branches");
            foreach (var r in results)
            {
                w.WriteStartObject();
                w.WriteString("branch", r.Branch);
                w.WriteString("from", r.From);
                w.WriteString("outcome", Outcome(r.Outcome));
                w.WriteString("before", r.Before);
                w.WriteString("after", r.After);
                w.WriteBoolean("pushed", !dryRun && pushed.Contains(r.Branch));
                w.WriteString("problem", r.Problem);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            if (dryRun)
            {
                w.WriteBoolean("dryRun", true);
                PlanJson.WriteSteps(w, plan);
            }

            w.WriteEndObject();
        });

    private static string Outcome(SyncOutcome outcome) => outcome switch
    {
        SyncOutcome.UpToDate => "up-to-date",
        SyncOutcome.FastForwarded => "fast-forwarded",
        SyncOutcome.Merged => "merged",
        _ => "failed",
    };

    private static string Short(string? sha) => sha is { Length: > 7 } ? sha[..7] : sha ?? string.Empty;
}

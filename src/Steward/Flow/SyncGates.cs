using Steward.Cli;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Engine;
using Steward.Git;

namespace Steward.Flow;

/// <summary>
/// A downstream branch's own checks (flow.sync[].gates), run before it moves: on the commit the sync would move it to,
/// in a scratch checkout, so the user's work tree is never touched. A failing gate turns that branch's result into a
/// failure (left as it was, unpushed); the other branches still sync.
/// </summary>
internal static class SyncGates
{
    /// <param name="session">Opens the repository's flow session, once a branch has gates to run.</param>
    /// <param name="progress">Where the gates' progress and output go (stderr when stdout carries JSON).</param>
    public static IReadOnlyList<SyncResult> Check(CommandContext context, Func<FlowSession> session, IReadOnlyList<SyncResult> results,
        IReadOnlyList<SyncBranchConfig> targets, TextWriter progress)
    {
        FlowSession? opened = null;
        return
        [
            .. results.Select(result =>
            {
                var gates = targets.FirstOrDefault(t => t.Branch == result.Branch)?.Gates ?? [];
                if (gates.Count == 0 || result.Outcome is not (SyncOutcome.Merged or SyncOutcome.FastForwarded))
                {
                    return result;
                }

                opened ??= session();
                var failure = ScratchCheckout.Read(context, opened, result.After!, at => Run(context, at, opened, result, gates, progress));
                return failure is null ? result : result with { Outcome = SyncOutcome.Failed, After = result.Before, Problem = failure };
            }),
        ];
    }

    /// <summary>Runs the gates in order in the checkout <paramref name="at"/>; the first failure's line, or null when all passed.</summary>
    private static string? Run(CommandContext context, FlowSession at, FlowSession owner, SyncResult result, IReadOnlyList<GateConfig> gates, TextWriter progress)
    {
        var runner = new ExternalCommandRunner(at.Repository.Root, context.Environment, progress)
        {
            ProgressInterval = context.OutputIsTerminal ? TimeSpan.FromSeconds(10) : null,
        };
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["STEWARD_SYNC_BRANCH"] = result.Branch,
            ["STEWARD_SYNC_FROM"] = result.From,
            ["STEWARD_SYNC_COMMIT"] = result.After,
        };
        var reader = new WorkTreeReader(owner.Git);
        foreach (var gate in gates)
        {
            progress.WriteLine($"{result.Branch}: gate '{gate.Name}': {string.Join(' ', gate.Command)}");
            var log = reader.GitPath($"steward/logs/sync-{GateRunner.LogFileName(result.Branch)}-gate-{GateRunner.LogFileName(gate.Name)}.log");
            var outcome = runner.Run(gate, $"flow.sync '{result.Branch}' gate", log, environment);
            if (!outcome.Succeeded)
            {
                return Messages.SyncGateFailed(result.Branch, result.From, gate.Name, outcome.TimedOut ? null : outcome.ExitCode, gate.Timeout, log);
            }

            progress.WriteLine($"{result.Branch}: gate '{gate.Name}': passed in {outcome.Elapsed.TotalSeconds:0.0}s");
        }

        return null;
    }
}

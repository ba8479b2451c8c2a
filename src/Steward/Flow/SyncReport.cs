using Steward.Cli;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Git;

namespace Steward.Flow;

/// <summary>Runs a sync, pushes what changed, and reports one line per branch; shared by <c>sync</c> and the finishes.</summary>
internal static class SyncReport
{
    /// <param name="json">Print one JSON document (<see cref="SyncOutput"/>) instead of a line per branch.</param>
    public static int Run(CommandContext context, FlowSession session, IReadOnlyList<SyncBranchConfig> targets, bool push, bool json = false) =>
        Run(context, context.Out, session.Branches, session.Flow, targets, push, json);

    /// <summary>
    /// After <c>steward release</c>: syncs the downstream branches that follow the released branch (pushed when the
    /// release was). A failing branch is reported and makes the exit code 1; the release itself stands.
    /// </summary>
    public static int AfterRelease(CommandContext context, TextWriter output, GitRunner git, FlowConfig flow, string releasedBranch, bool pushed)
    {
        var targets = flow.Sync.Where(s => (s.From.Length > 0 ? s.From : flow.Branches.Main) == releasedBranch).ToList();
        return targets.Count == 0 ? ExitCodes.Success : Run(context, output, new BranchOperations(git), flow, targets, pushed);
    }

    private static int Run(CommandContext context, TextWriter output, BranchOperations branches, FlowConfig flow, IReadOnlyList<SyncBranchConfig> targets, bool push, bool json = false)
    {
        var sync = new DownstreamSync(branches, flow);
        var results = sync.SyncAll(targets);
        var pushed = push ? Push(branches, flow, sync, results) : [];
        var exitCode = results.Any(r => r.Outcome == SyncOutcome.Failed) ? ExitCodes.Failed : ExitCodes.Success;
        if (json)
        {
            foreach (var failed in results.Where(r => r.Outcome == SyncOutcome.Failed))
            {
                context.Error.WriteLine($"steward: error: {failed.Problem}");
            }

            var branchesOut = results.Select(r => new SyncBranchOutput(r.Branch, r.From, Outcome(r.Outcome), r.Before, r.After, pushed.Contains(r.Branch), r.Problem)).ToList();
            OutputJson.Write(output, new SyncOutput(branchesOut), OutputJson.Default.SyncOutput);
            return exitCode;
        }

        foreach (var result in results)
        {
            if (result.Outcome == SyncOutcome.Failed)
            {
                context.Error.WriteLine($"steward: error: {result.Problem}");
                continue;
            }

            var sha = Short(result.After);
            output.WriteLine(result.Outcome switch
            {
                SyncOutcome.UpToDate when result.Changed => $"{result.Branch}: up to date with {result.From} (moved to {flow.Remote}/{result.Branch}, {sha})",
                SyncOutcome.UpToDate => $"{result.Branch}: up to date with {result.From}",
                SyncOutcome.FastForwarded => $"{result.Branch}: fast-forwarded to {result.From} ({sha})",
                _ => $"{result.Branch}: merged {result.From} ({sha})",
            } + (pushed.Contains(result.Branch) ? $", pushed to {flow.Remote}" : string.Empty));
        }

        return exitCode;
    }

    private static string Outcome(SyncOutcome outcome) => outcome switch
    {
        SyncOutcome.UpToDate => "up-to-date",
        SyncOutcome.FastForwarded => "fast-forwarded",
        SyncOutcome.Merged => "merged",
        _ => "failed",
    };

    private static HashSet<string> Push(BranchOperations branches, FlowConfig flow, DownstreamSync sync, IReadOnlyList<SyncResult> results)
    {
        var remote = flow.Remote;
        var names = results
            .Where(r => r.Outcome != SyncOutcome.Failed && r.After != branches.RemoteBranchSha(remote, r.Branch))
            .Select(r => r.Branch)
            .ToHashSet(StringComparer.Ordinal);
        if (names.Count == 0)
        {
            return names;
        }

        var refspecs = names.Select(b => $"refs/heads/{b}:refs/heads/{b}").ToList();

        var pushed = branches.PushAtomic(remote, refspecs);
        if (!pushed.Succeeded)
        {
            sync.Restore(results);
            throw new StewardException(FailureKind.OperationFailed,
                $"push to {remote} rejected ({pushed.FirstErrorLine}); no branch was synced here or on {remote}; fetch and rerun");
        }

        return names;
    }

    private static string Short(string? sha) => sha is { Length: > 7 } ? sha[..7] : sha ?? string.Empty;
}

using Steward.Cli;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Git;

namespace Steward.Flow;

/// <summary>Runs a sync, pushes what changed, and reports one line per branch; shared by <c>sync</c> and the finishes.</summary>
internal static class SyncReport
{
    public static int Run(CommandContext context, FlowSession session, IReadOnlyList<SyncBranchConfig> targets, bool push) =>
        Run(context, context.Out, session.Branches, session.Flow, targets, push);

    /// <summary>
    /// After <c>steward release</c>: syncs the downstream branches that follow the released branch (pushed when the
    /// release was). A failing branch is reported and makes the exit code 1; the release itself stands.
    /// </summary>
    public static int AfterRelease(CommandContext context, TextWriter output, GitRunner git, FlowConfig flow, string releasedBranch, bool pushed)
    {
        var targets = flow.Sync.Where(s => (s.From.Length > 0 ? s.From : flow.Branches.Main) == releasedBranch).ToList();
        return targets.Count == 0 ? ExitCodes.Success : Run(context, output, new BranchOperations(git), flow, targets, pushed);
    }

    private static int Run(CommandContext context, TextWriter output, BranchOperations branches, FlowConfig flow, IReadOnlyList<SyncBranchConfig> targets, bool push)
    {
        var sync = new DownstreamSync(branches, flow);
        var results = sync.SyncAll(targets);
        var pushed = push ? Push(branches, flow, sync, results) : [];

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

        return results.Any(r => r.Outcome == SyncOutcome.Failed) ? ExitCodes.Failed : ExitCodes.Success;
    }

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

using Steward.Cli;
using Steward.Core.Configuration;
using Steward.Core.Errors;

namespace Steward.Flow;

/// <summary>Runs a sync, pushes what changed, and reports one line per branch; shared by <c>sync</c> and the finishes.</summary>
internal static class SyncReport
{
    public static int Run(CommandContext context, FlowSession session, IReadOnlyList<SyncBranchConfig> targets, bool push)
    {
        var sync = new DownstreamSync(session.Branches, session.Flow);
        var results = sync.SyncAll(targets);
        var pushed = push ? Push(session, sync, results) : [];

        foreach (var result in results)
        {
            if (result.Outcome == SyncOutcome.Failed)
            {
                context.Error.WriteLine($"steward: error: {result.Problem}");
                continue;
            }

            var sha = Short(result.After);
            context.Out.WriteLine(result.Outcome switch
            {
                SyncOutcome.UpToDate when result.Changed => $"{result.Branch}: up to date with {result.From} (moved to {session.Flow.Remote}/{result.Branch}, {sha})",
                SyncOutcome.UpToDate => $"{result.Branch}: up to date with {result.From}",
                SyncOutcome.FastForwarded => $"{result.Branch}: fast-forwarded to {result.From} ({sha})",
                _ => $"{result.Branch}: merged {result.From} ({sha})",
            } + (pushed.Contains(result.Branch) ? $", pushed to {session.Flow.Remote}" : string.Empty));
        }

        return results.Any(r => r.Outcome == SyncOutcome.Failed) ? ExitCodes.Failed : ExitCodes.Success;
    }

    private static HashSet<string> Push(FlowSession session, DownstreamSync sync, IReadOnlyList<SyncResult> results)
    {
        var remote = session.Flow.Remote;
        var names = results
            .Where(r => r.Outcome != SyncOutcome.Failed && r.After != session.Branches.RemoteBranchSha(remote, r.Branch))
            .Select(r => r.Branch)
            .ToHashSet(StringComparer.Ordinal);
        if (names.Count == 0)
        {
            return names;
        }

        var refspecs = names.Select(b => $"refs/heads/{b}:refs/heads/{b}").ToList();

        var pushed = session.Branches.PushAtomic(remote, refspecs);
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

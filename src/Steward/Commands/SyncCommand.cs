using System.CommandLine;
using Steward.Cli;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Flow;

namespace Steward.Commands;

/// <summary><c>steward sync</c>: merges each downstream branch of steward.yml with the branch it follows.</summary>
internal static class SyncCommand
{
    public static Command Create(CommandContext context)
    {
        var only = new Argument<string[]>("branch")
        {
            Description = "Sync only these downstream branches (default: every one in flow.sync)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var push = new Option<bool>("--push") { Description = "Push the synced branches to the remote in one atomic push" };
        var json = new Option<bool>("--json") { Description = "Print the outcome of every branch as one JSON document (failures still get their line on stderr)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what each branch would become and the steps (update-ref, push), and change nothing" };
        var resume = new Option<bool>("--continue") { Description = "Finish an interrupted sync from the step it reached" };
        var abort = new Option<bool>("--abort") { Description = "Undo an interrupted sync: every branch back where it was (unless its push reached the remote)" };
        var command = new Command("sync", "Merge each downstream branch (flow.sync in steward.yml, e.g. cloud follows main) with the branch it follows; "
            + "a conflict or a failing gate of the branch (flow.sync[].gates, run on the merged tree) leaves that branch as it was and fails the run (exit 1) while the others still sync")
        {
            only,
            push,
            json,
            dryRun,
            resume,
            abort,
        };
        command.SetAction(parse =>
        {
            var session = FlowSession.Open(context, GlobalOptions.DirectoryOf(parse), needsWorkTree: false);
            if (parse.GetValue(resume) || parse.GetValue(abort))
            {
                if ((parse.GetValue(resume) && parse.GetValue(abort)) || parse.GetValue(push) || parse.GetValue(json) || parse.GetValue(dryRun) || (parse.GetValue(only) ?? []).Length > 0)
                {
                    throw Messages.SyncRecoveryTakesNoOptions();
                }

                SyncReport.Resume(context, session, parse.GetValue(resume));
                return ExitCodes.Success;
            }

            var targets = Select(session.Flow, parse.GetValue(only) ?? []);
            if (parse.GetValue(push))
            {
                WorkTreeGuard.RequireRemote(session.Branches, session.Flow.Remote);
            }

            return ExitCodes.Of(SyncReport.Run(context, session, targets, parse.GetValue(push), parse.GetValue(json), parse.GetValue(dryRun)));
        });
        return command;
    }

    private static List<SyncBranchConfig> Select(FlowConfig flow, string[] names)
    {
        if (flow.Sync.Count == 0)
        {
            throw Messages.NoDownstreamBranches();
        }

        if (flow.Sync.FindIndex(s => string.IsNullOrWhiteSpace(s.Branch)) is var missing and >= 0)
        {
            throw Messages.DownstreamWithoutBranch(missing);
        }

        foreach (var name in names)
        {
            if (!flow.Sync.Any(s => s.Branch == name))
            {
                throw Messages.NotADownstreamBranch(name, flow.Sync.Select(s => s.Branch));
            }
        }

        return [.. flow.Sync.Where(s => names.Length == 0 || names.Contains(s.Branch))];
    }
}

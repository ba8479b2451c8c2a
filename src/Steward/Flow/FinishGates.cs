using Steward.Cli;
using Steward.Core.Errors;
using Steward.Git;
using Steward.Releasing;

namespace Steward.Flow;

/// <summary>
/// The release gates of steward.yml (release.gates), run by steward release's own gate runner on the branch being
/// finished, before any step: a failing gate stops the finish with nothing changed.
/// </summary>
internal static class FinishGates
{
    public static void Run(CommandContext context, FlowSession session, string branch)
    {
        var gates = session.Config.Release.Gates;
        if (gates.Count == 0)
        {
            return;
        }

        var branches = session.Branches;
        var original = branches.CurrentBranch();
        if (original != branch)
        {
            var switched = branches.Switch(branch);
            if (!switched.Succeeded)
            {
                throw new StewardException(FailureKind.OperationFailed, $"could not switch to {branch} to run the gates: {switched.FirstErrorLine}");
            }
        }

        try
        {
            var runner = new ExternalCommandRunner(session.Project.Root, context.Environment, context.Out) { ProgressInterval = context.OutputIsTerminal ? TimeSpan.FromSeconds(10) : null };
            ReleaseRun.RunGates(gates, runner, new WorkTreeReader(session.Git), context.Out);
        }
        catch (StewardException) when (original is not null && original != branch)
        {
            branches.Switch(original);
            throw;
        }
    }
}

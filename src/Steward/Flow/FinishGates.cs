using Steward.Cli;
using Steward.Engine;
using Steward.Git;

namespace Steward.Flow;

/// <summary>
/// The release gates of steward.yml (release.gates), run by steward release's own gate runner on the branch being
/// finished (HEAD stands on it), before any step: a failing gate stops the finish with nothing changed.
/// </summary>
internal static class FinishGates
{
    public static void Run(CommandContext context, FlowSession session)
    {
        var gates = session.Config.Release.Gates;
        if (gates.Count == 0)
        {
            return;
        }

        var runner = new ExternalCommandRunner(session.Project.Root, context.Environment, context.Out) { ProgressInterval = context.OutputIsTerminal ? TimeSpan.FromSeconds(10) : null };
        GateRunner.Run(gates, runner, new WorkTreeReader(session.Git), context.Out);
    }
}

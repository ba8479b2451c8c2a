using System.CommandLine;
using Steward.Cli;
using Steward.Core.Errors;
using Steward.Engine;
using Steward.Git;

namespace Steward.Commands;

/// <summary>
/// <c>--abort</c> and <c>--continue</c> of a verb on the engine: the same two ways out of an interrupted run as
/// <c>steward release</c> has, over the one journal.
/// </summary>
/// <param name="abortHelp">What --abort does, for a verb whose steps cannot be put back (a message sent); null: the undo.</param>
internal sealed class PlanRecoveryOptions(string verb, string? abortHelp = null)
{
    public Option<bool> Abort { get; } = new("--abort") { Description = abortHelp ?? $"Undo an interrupted '{verb}': put back what it changed (files, index, branches)" };

    public Option<bool> Continue { get; } = new("--continue") { Description = $"Finish an interrupted '{verb}' from the step it had reached" };

    public void AddTo(Command command)
    {
        command.Options.Add(Abort);
        command.Options.Add(Continue);
    }

    /// <summary>Which of the two was given: "abort", "continue", or null (neither); both together is bad usage.</summary>
    public string? Chosen(ParseResult parse)
    {
        var abort = parse.GetValue(Abort);
        var resume = parse.GetValue(Continue);
        if (abort && resume)
        {
            throw Messages.AbortAndContinueTogether();
        }

        return abort ? "abort" : resume ? "continue" : null;
    }

    /// <summary>Runs --abort or --continue when one was given (its exit code), else null: plan and apply as usual.</summary>
    /// <param name="replan">For a verb whose journal does not keep its steps whole: the plan made again (see PlanExecutor.Continue).</param>
    public int? Handle(ParseResult parse, CommandContext context, Func<(string Root, GitRunner Git)> open, Func<EngineJournal, Core.Planning.ExecutionPlan>? replan = null)
    {
        var abort = parse.GetValue(Abort);
        var resume = parse.GetValue(Continue);
        if (abort && resume)
        {
            throw Messages.AbortAndContinueTogether();
        }

        if (!abort && !resume)
        {
            return null;
        }

        var (root, git) = open();
        var executor = PlanRun.Executor(context, root, git);
        if (abort)
        {
            var outcome = executor.Abort(verb);
            context.Out.WriteLine($"aborted the interrupted {verb} of {outcome.Journal.Version}: files, index and branches are as they were before it");
        }
        else
        {
            var result = executor.Continue(verb, replan);
            context.Out.WriteLine($"finished the interrupted {verb} of {result.Journal.Version}");
        }

        return ExitCodes.Success;
    }
}

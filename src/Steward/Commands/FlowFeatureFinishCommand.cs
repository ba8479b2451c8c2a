using System.CommandLine;
using Steward.Cli;
using Steward.Flow;

namespace Steward.Commands;

/// <summary><c>steward flow feature finish [NAME]</c>: merges the feature into develop and deletes its branch.</summary>
internal static class FlowFeatureFinishCommand
{
    private const string Verb = "feature finish";

    public static Command Create(CommandContext context)
    {
        var name = new Argument<string?>("name") { Description = "Feature to finish (default: the feature branch HEAD is on)", Arity = ArgumentArity.ZeroOrOne };
        var fastForward = new Option<bool>("--ff") { Description = "Fast-forward when possible instead of always making a merge commit (--no-ff is the default)" };
        var options = new FlowFinishOptions();
        var command = new Command("finish", "Merge the feature branch into develop (--no-ff), delete it unless --keep, and with --push push develop; "
            + "on a conflict, resolve and run --continue, or --abort") { name, fastForward };
        options.AddTo(command);
        command.Options.Add(options.Json);
        command.SetAction(parse =>
        {
            var session = FlowSession.Open(context, parse, needsWorkTree: true);
            if (options.Resume(parse, context, session, Verb, parse.GetValue(name) is not null || parse.GetValue(fastForward)) is { } resumed)
            {
                return resumed;
            }

            // With --json the progress lines go to standard error and the one document to standard output.
            var json = parse.GetValue(options.Json);
            var output = context.Out;
            var names = session.Flow.Branches;
            var runner = new FinishRunner(json ? context with { Out = context.Error } : context, session);
            runner.RequireIdle();
            var branch = FlowBranchNames.Resolve(session.Branches, names.Feature, parse.GetValue(name), "feature");
            FlowBranchNames.RequireExists(session.Branches, names.Develop);
            WorkTreeGuard.RequireClean(session.Branches, "finishing " + branch);
            var push = parse.GetValue(options.Push);
            var keep = parse.GetValue(options.Keep);
            var state = new FinishState { Command = Verb, Branch = branch, Push = push };
            state.Steps.Add(new FinishStep(FinishStepKind.Merge, Into: names.Develop, From: branch,
                Message: $"Merge branch '{branch}' into {names.Develop}", FastForward: parse.GetValue(fastForward)));
            if (!keep)
            {
                state.Steps.Add(new FinishStep(FinishStepKind.DeleteBranch, Branch: branch));
            }

            if (push)
            {
                state.Steps.Add(FinishPush.Step(session, [names.Develop], [], keep ? null : branch));
            }

            var result = runner.Start(state, [names.Develop, branch]);
            if (json)
            {
                var report = new FlowFeatureOutput(Verb, branch, names.Develop, push, [.. state.Steps.Select(s => FinishPlanPrinter.Describe(s, session.Flow.Remote))]);
                OutputJson.Write(output, report, OutputJson.Default.FlowFeatureOutput);
            }

            return result;
        });
        return command;
    }
}

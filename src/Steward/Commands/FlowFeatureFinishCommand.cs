using System.CommandLine;
using Steward.Cli;
using Steward.Core.Planning;
using Steward.Engine;
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
        command.Options.Add(options.DryRun);
        command.Options.Add(options.Json);
        command.SetAction(parse =>
        {
            var session = FlowSession.Open(context, GlobalOptions.DirectoryOf(parse), needsWorkTree: true);
            if (options.Resume(parse, context, session, Verb, parse.GetValue(name) is not null || parse.GetValue(fastForward)) is { } resumed)
            {
                return resumed;
            }

            // With --json the progress lines go to standard error and the one document to standard output.
            var json = parse.GetValue(options.Json);
            var output = context.Out;
            var run = json ? context with { Out = context.Error } : context;
            var names = session.Flow.Branches;
            FinishEngine.RequireIdle(session);
            var branch = FlowBranchNames.Resolve(session.Branches, names.Feature, parse.GetValue(name), "feature");
            FlowBranchNames.RequireExists(session.Branches, names.Develop);
            WorkTreeGuard.RequireClean(session.Branches, "finishing " + branch);
            var push = parse.GetValue(options.Push);
            var keep = parse.GetValue(options.Keep);
            var dryRun = parse.GetValue(options.DryRun);
            var steps = new FinishSteps(session.Branches.CurrentBranch(), session.Flow.Remote);
            steps.Record("refs/heads/" + names.Develop);
            steps.Record("refs/heads/" + branch);
            steps.Merge(branch, names.Develop, !parse.GetValue(fastForward), $"Merge branch '{branch}' into {names.Develop}");
            if (!keep)
            {
                steps.DeleteBranch(branch);
            }

            if (push)
            {
                WorkTreeGuard.RequireRemote(session.Branches, session.Flow.Remote);
                var deleted = !keep && session.Branches.RemoteHasRef(session.Flow.Remote, "refs/heads/" + branch) ? branch : null;
                steps.Push([names.Develop], [], deleted);
            }

            var plan = new ExecutionPlan("flow " + Verb, steps.Steps)
            {
                Refs = steps.Refs,
                Subject = branch,
                Branch = names.Develop,
                Remote = session.Flow.Remote,
                PushRejected = $"push to {session.Flow.Remote} rejected ({{0}}); the finish was undone and {session.Flow.Remote} is unchanged; pull, then rerun",
            };
            var result = ExitCodes.Success;
            if (dryRun && !json)
            {
                PlanPrinter.PrintSteps(run.Out, plan);
                run.Out.WriteLine("dry run: nothing was changed");
            }
            else if (!dryRun)
            {
                result = ExitCodes.Of(FinishEngine.Start(run, session, plan, branch, syncAfter: false));
            }

            if (json)
            {
                FinishJson.WriteFeature(output, Verb, branch, names.Develop, push && !dryRun, plan);
            }

            return result;
        });
        return command;
    }
}

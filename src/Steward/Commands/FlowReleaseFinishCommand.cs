using System.CommandLine;
using Steward.Cli;
using Steward.Flow;

namespace Steward.Commands;

/// <summary><c>steward flow release finish [NAME]</c>: the release branch onto main with a tag, and back into develop.</summary>
internal static class FlowReleaseFinishCommand
{
    private const string Verb = "release finish";

    public static Command Create(CommandContext context)
    {
        var name = new Argument<string?>("name") { Description = "Release to finish: its version or branch (default: the release branch HEAD is on)", Arity = ArgumentArity.ZeroOrOne };
        var options = new FlowFinishOptions();
        var command = new Command("finish", "Run the release gates (release.gates), merge the release branch into main (--no-ff), tag main with the notes, merge main back into develop, "
            + "delete the branch, and with --push push main, develop and the tag atomically; then sync downstream branches") { name };
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var session = FlowSession.Open(context, parse, needsWorkTree: true);
            if (options.Resume(parse, context, session, Verb, parse.GetValue(name) is not null) is { } resumed)
            {
                return resumed;
            }

            var names = session.Flow.Branches;
            var runner = new FinishRunner(context, session);
            runner.RequireIdle();
            var branch = FlowBranchNames.Resolve(session.Branches, names.Release, parse.GetValue(name), "release");
            FlowBranchNames.RequireExists(session.Branches, names.Main);
            FlowBranchNames.RequireExists(session.Branches, names.Develop);
            WorkTreeGuard.RequireClean(session.Branches, "finishing " + branch);
            var version = FlowVersioning.OfBranch(session.Branches, branch, names.Release);
            FinishGates.Run(context, session, branch);
            var (state, recorded) = ReleaseFinishPlan.Build(context, session, Verb, branch, version, names.Develop, parse.GetValue(options.Push), parse.GetValue(options.Keep));
            return runner.Start(state, recorded);
        });
        return command;
    }
}

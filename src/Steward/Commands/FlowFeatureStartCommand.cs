using System.CommandLine;
using Steward.Cli;
using Steward.Core.Errors;
using Steward.Flow;

namespace Steward.Commands;

/// <summary><c>steward flow feature start NAME</c>: a feature branch from develop, switched to.</summary>
internal static class FlowFeatureStartCommand
{
    public static Command Create(CommandContext context)
    {
        var name = new Argument<string>("name") { Description = "Feature name; the branch is the feature prefix plus NAME (feature/NAME)" };
        var json = FlowJson.Option();
        var command = new Command("start", "Create the feature branch from develop and switch to it") { name, json };
        command.SetAction(parse =>
        {
            var session = FlowSession.Open(context, parse, needsWorkTree: true);
            var names = session.Flow.Branches;
            FinishEngine.RequireIdle(session);
            var branch = names.Feature + parse.GetValue(name);
            session.Branches.CheckBranchName(branch, "the feature branch");
            FlowBranchNames.RequireExists(session.Branches, names.Develop);
            if (session.Branches.BranchExists(branch))
            {
                throw new StewardException(FailureKind.OperationFailed, $"branch {branch} already exists; switch to it ('git switch {branch}') or choose another name");
            }

            var switched = session.Branches.SwitchCreate(branch, names.Develop);
            if (!switched.Succeeded)
            {
                throw new StewardException(FailureKind.OperationFailed, $"could not create {branch}: {switched.FirstErrorLine}");
            }

            if (parse.GetValue(json))
            {
                OutputJson.Write(context.Out, new FlowFeatureOutput("feature start", branch, names.Develop, false, []), OutputJson.Default.FlowFeatureOutput);
                return ExitCodes.Success;
            }

            context.Out.WriteLine($"Created {branch} from {names.Develop} and switched to it");
            return ExitCodes.Success;
        });
        return command;
    }
}

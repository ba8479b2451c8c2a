using System.CommandLine;
using Steward.Cli;
using Steward.Core.Errors;
using Steward.Core.Planning;
using Steward.Engine;
using Steward.Flow;
using Steward.Git;

namespace Steward.Commands;

/// <summary><c>steward flow feature start NAME</c>: a feature branch from develop, switched to; one step on the engine.</summary>
internal static class FlowFeatureStartCommand
{
    public static Command Create(CommandContext context)
    {
        var name = new Argument<string>("name") { Description = "Feature name; the branch is the feature prefix plus NAME (feature/NAME)" };
        var json = FlowJson.Option();
        var dryRun = FlowJson.DryRunOption();
        var recovery = new PlanRecoveryOptions("flow feature start");
        var command = new Command("start", "Create the feature branch from develop and switch to it") { name, json, dryRun };
        recovery.AddTo(command);
        command.SetAction(parse =>
        {
            var session = FlowSession.Open(context, GlobalOptions.DirectoryOf(parse), needsWorkTree: true);
            if (recovery.Handle(parse, context, () => (session.Project.Root, session.Git)) is { } recovered)
            {
                return recovered;
            }

            PlanRun.RefuseIfInterrupted(session.Git);
            var names = session.Flow.Branches;
            FinishEngine.RequireIdle(session);
            var branch = names.Feature + parse.GetValue(name);
            session.Branches.CheckBranchName(branch, "the feature branch");
            FlowBranchNames.RequireExists(session.Branches, names.Develop);
            if (session.Branches.BranchExists(branch))
            {
                throw Messages.FeatureBranchExists(branch);
            }

            var plan = new ExecutionPlan("flow feature start", [new GitStep(GitStepRole.CreateBranch, GitWrites.SwitchCreate(branch, names.Develop)) { Branch = branch }]) { Refs = ["refs/heads/" + branch] };
            if (parse.GetValue(dryRun))
            {
                PlanRun.PrintDryRun(context, plan, parse.GetValue(json));
                return ExitCodes.Success;
            }

            PlanRun.Apply(context, session.Project.Root, session.Git, plan, branch);
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

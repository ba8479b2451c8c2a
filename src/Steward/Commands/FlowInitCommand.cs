using System.CommandLine;
using Steward.Cli;
using Steward.Core.Errors;
using Steward.Flow;

namespace Steward.Commands;

/// <summary><c>steward flow init</c>: writes the branch names into steward.yml and creates develop from main.</summary>
internal static class FlowInitCommand
{
    public static Command Create(CommandContext context)
    {
        var command = new Command("init", "Write the flow section (branch names) into steward.yml when it has none, and create develop from main when missing");
        command.SetAction(parse =>
        {
            var session = FlowSession.Open(context, parse, needsWorkTree: true);
            var names = session.Flow.Branches;
            if (!session.Branches.BranchExists(names.Main))
            {
                throw new StewardException(FailureKind.InvalidInput,
                    $"branch {names.Main} does not exist; make a first commit on it, or name your main branch in steward.yml (flow.branches.main)");
            }

            session.Branches.CheckBranchName(names.Develop, "flow.branches.develop");
            context.Out.WriteLine(FlowConfigFile.AddFlowSection(session.Project.Root, names)
                ? "steward.yml: wrote the flow section; commit it"
                : "steward.yml: has a flow section already; left as it is");
            if (session.Branches.BranchExists(names.Develop))
            {
                context.Out.WriteLine($"{names.Develop}: exists");
            }
            else
            {
                session.Branches.CreateBranch(names.Develop, names.Main);
                context.Out.WriteLine($"{names.Develop}: created from {names.Main}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}

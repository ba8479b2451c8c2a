using System.CommandLine;
using Steward.Cli;
using Steward.Flow;

namespace Steward.Commands;

/// <summary><c>steward flow init</c>: writes the branch names into steward.yml, commits them on main, and creates develop from main.</summary>
internal static class FlowInitCommand
{
    public static Command Create(CommandContext context)
    {
        var noCommit = new Option<bool>("--no-commit") { Description = "Write steward.yml but leave it uncommitted, to review and commit yourself" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the steps (the steward.yml diff, the git commands as they will run) and change nothing" };
        var json = new Option<bool>("--json") { Description = "Print the steps as one JSON document (with --dry-run: those that would run)" };
        var recovery = new PlanRecoveryOptions("flow init");
        var command = new Command("init", "Write the flow section (branch names) into steward.yml when it has none and commit it on main, "
            + "and create develop from main when missing") { noCommit, dryRun, json };
        recovery.AddTo(command);
        command.SetAction(parse =>
        {
            var session = FlowSession.Open(context, GlobalOptions.DirectoryOf(parse), needsWorkTree: true);
            if (recovery.Handle(parse, context, () => (session.Project.Root, session.Git)) is { } recovered)
            {
                return recovered;
            }

            FlowInit.Run(context, session, commit: !parse.GetValue(noCommit), parse.GetValue(dryRun), parse.GetValue(json));
            return ExitCodes.Success;
        });
        return command;
    }
}

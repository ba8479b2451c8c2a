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
        var command = new Command("init", "Write the flow section (branch names) into steward.yml when it has none and commit it on main, "
            + "and create develop from main when missing") { noCommit };
        command.SetAction(parse => FlowInit.Run(context, FlowSession.Open(context, parse, needsWorkTree: true), commit: !parse.GetValue(noCommit)));
        return command;
    }
}

using System.CommandLine;
using Steward.Cli;

namespace Steward.Commands;

/// <summary><c>steward flow hotfix</c>: hotfix branches off the latest release on main.</summary>
internal static class FlowHotfixCommand
{
    public static Command Create(CommandContext context) => new("hotfix", "Hotfix branches: start one from the latest release on main (a patch), finish it onto main with a tag")
    {
        FlowHotfixStartCommand.Create(context),
        FlowHotfixFinishCommand.Create(context),
    };
}

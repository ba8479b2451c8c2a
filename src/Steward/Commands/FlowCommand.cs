using System.CommandLine;
using Steward.Cli;

namespace Steward.Commands;

/// <summary><c>steward flow</c>: Git Flow branches (feature, release, hotfix) with the version arithmetic done.</summary>
internal static class FlowCommand
{
    public static Command Create(CommandContext context) => new("flow",
        "Git Flow: feature, release and hotfix branches off develop and main, with versions computed and tags made; names in steward.yml (flow.branches)")
    {
        FlowInitCommand.Create(context),
        FlowFeatureCommand.Create(context),
        FlowReleaseCommand.Create(context),
        FlowHotfixCommand.Create(context),
    };
}

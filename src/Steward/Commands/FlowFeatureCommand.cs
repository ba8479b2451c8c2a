using System.CommandLine;
using Steward.Cli;

namespace Steward.Commands;

/// <summary><c>steward flow feature</c>: feature branches off develop.</summary>
internal static class FlowFeatureCommand
{
    public static Command Create(CommandContext context) => new("feature", "Feature branches: start one from develop, finish it by merging it back")
    {
        FlowFeatureStartCommand.Create(context),
        FlowFeatureFinishCommand.Create(context),
    };
}

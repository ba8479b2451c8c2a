using System.CommandLine;
using Steward.Cli;

namespace Steward.Commands;

/// <summary><c>steward flow release</c>: release branches off develop, finished onto main with a tag.</summary>
internal static class FlowReleaseCommand
{
    public static Command Create(CommandContext context) => new("release", "Release branches: start one from develop with the next version, finish it onto main with a tag")
    {
        FlowReleaseStartCommand.Create(context),
        FlowReleaseFinishCommand.Create(context),
    };
}

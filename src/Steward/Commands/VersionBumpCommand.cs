using System.CommandLine;
using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Versioning;
using Steward.Workspace;

namespace Steward.Commands;

/// <summary><c>steward version bump LEVEL [--pre LABEL]</c>: applies version arithmetic to VERSION and writes the result.</summary>
internal static class VersionBumpCommand
{
    public static Command Create(CommandContext context)
    {
        var level = new Argument<string>("level")
        {
            Description = "major, minor or patch; prerelease (next number on the channel, or --pre to move forward); release (drop the prerelease)",
        }.AcceptOnlyFromAmong("major", "minor", "patch", "prerelease", "release");
        var pre = new Option<string?>("--pre")
        {
            Description = "Make the result a prerelease on this channel (alpha, beta, rc or any label); channels only move forward",
            HelpName = "LABEL",
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the new version without writing VERSION" };
        var command = new Command("bump", "Raise the version in VERSION: 1.2.3 + minor --pre rc = 1.3.0-rc.1; 1.3.0-rc.1 + prerelease = 1.3.0-rc.2")
        {
            level,
            pre,
            dryRun,
        };
        command.SetAction(parse =>
        {
            var project = ProjectDirectory.Open(context, GlobalOptions.DirectoryOf(parse));
            var component = ComponentResolver.SingleLeniently(project.Root);
            var file = project.ReadVersionFile(component);
            var current = file.Version.ToSemVer();
            var channel = parse.GetValue(pre);
            var next = parse.GetValue(level) switch
            {
                "major" => VersionIncrement.Bump(current, BumpLevel.Major, channel),
                "minor" => VersionIncrement.Bump(current, BumpLevel.Minor, channel),
                "patch" => VersionIncrement.Bump(current, BumpLevel.Patch, channel),
                "prerelease" => VersionIncrement.NextPrerelease(current, channel),
                _ => channel is null
                    ? VersionIncrement.Release(current)
                    : throw Core.Errors.Messages.ReleaseTakesNoPre(),
            };
            var written = file.Version.With(next);
            if (!parse.GetValue(dryRun))
            {
                project.WriteVersionFile(component, written, file.Newline);
            }

            context.Out.WriteLine(written.ToString());
            return ExitCodes.Success;
        });
        return command;
    }
}

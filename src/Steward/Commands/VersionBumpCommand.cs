using System.CommandLine;
using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Errors;
using Steward.Core.Versioning;
using Steward.UseCases;
using Steward.Workspace;

namespace Steward.Commands;

/// <summary>
/// <c>steward version bump LEVEL [--pre LABEL]</c>: applies version arithmetic to VERSION and writes the result, as a
/// plan of one file step on the engine (<c>--dry-run</c>, <c>--json</c>, <c>--abort</c>, <c>--continue</c>).
/// </summary>
internal static class VersionBumpCommand
{
    private const string Verb = "version bump";

    public static Command Create(CommandContext context)
    {
        var level = new Argument<string?>("level")
        {
            Description = "major, minor or patch; prerelease (next number on the channel, or --pre to move forward); release (drop the prerelease)",
            Arity = ArgumentArity.ZeroOrOne,
        }.AcceptOnlyFromAmong("major", "minor", "patch", "prerelease", "release");
        var pre = new Option<string?>("--pre")
        {
            Description = "Make the result a prerelease on this channel (alpha, beta, rc or any label); channels only move forward",
            HelpName = "LABEL",
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the new version, and the step and VERSION's diff on standard error, without writing VERSION" };
        var json = new Option<bool>("--json") { Description = "With --dry-run: print the version and the plan's steps as one JSON document" };
        var recovery = new PlanRecoveryOptions(Verb);
        var command = new Command("bump", "Raise the version in VERSION: 1.2.3 + minor --pre rc = 1.3.0-rc.1; 1.3.0-rc.1 + prerelease = 1.3.0-rc.2")
        {
            level,
            pre,
            dryRun,
            json,
        };
        recovery.AddTo(command);
        command.SetAction(parse =>
        {
            var project = ProjectDirectory.Open(context, GlobalOptions.DirectoryOf(parse));
            if (recovery.Handle(parse, context, () => (project.Root, (project.Repository ?? throw Messages.NotInRepository(project.Root)).Git)) is { } recovered)
            {
                return recovered;
            }

            var kind = parse.GetValue(level) ?? throw Messages.VersionArgumentMissing(Verb, "a level: major, minor, patch, prerelease or release");
            var component = ComponentResolver.SingleLeniently(project.Root);
            VersionFileWrite.RefuseUnwritable(project, component);
            var file = project.ReadVersionFile(component);
            var current = file.Version.ToSemVer();
            var channel = parse.GetValue(pre);
            var next = kind switch
            {
                "major" => VersionIncrement.Bump(current, BumpLevel.Major, channel),
                "minor" => VersionIncrement.Bump(current, BumpLevel.Minor, channel),
                "patch" => VersionIncrement.Bump(current, BumpLevel.Patch, channel),
                "prerelease" => VersionIncrement.NextPrerelease(current, channel),
                _ => channel is null
                    ? VersionIncrement.Release(current)
                    : throw Messages.ReleaseTakesNoPre(),
            };
            var written = file.Version.With(next);
            VersionFileWrite.Run(context, project, component, Verb, written, file.Newline, parse.GetValue(dryRun), parse.GetValue(json));
            return ExitCodes.Success;
        });
        return command;
    }
}

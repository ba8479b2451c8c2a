using System.CommandLine;
using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Versioning;
using Steward.Workspace;

namespace Steward.Commands;

/// <summary><c>steward version set V</c>: validates V and writes it to VERSION in canonical form.</summary>
internal static class VersionSetCommand
{
    public static Command Create(CommandContext context)
    {
        var value = new Argument<string>("version") { Description = "The new version (SemVer, optionally v-prefixed, or PEP 440)" };
        var command = new Command("set", "Validate a version and write it to VERSION in canonical form (a 'v' is kept when the input or the file had one)")
        {
            value,
        };
        command.SetAction(parse =>
        {
            var project = ProjectDirectory.Open(context, GlobalOptions.DirectoryOf(parse));
            var input = ParsedVersion.Parse(parse.GetValue(value)!);
            var component = ComponentResolver.SingleLeniently(project.Root);
            var existing = project.TryReadVersionFileLeniently(component);
            var written = input.HasVPrefix || existing?.HasVPrefix != true ? input : input.WithVPrefix();
            project.WriteVersionFile(component, written, existing?.Newline ?? "\n");
            context.Out.WriteLine(written.ToString());
            return ExitCodes.Success;
        });
        return command;
    }
}

using System.CommandLine;
using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Errors;
using Steward.Core.Versioning;
using Steward.UseCases;
using Steward.Workspace;

namespace Steward.Commands;

/// <summary>
/// <c>steward version set V</c>: validates V and writes it to VERSION in canonical form, as a plan of one file step on
/// the engine (<c>--dry-run</c>, <c>--json</c>, <c>--abort</c>, <c>--continue</c>).
/// </summary>
internal static class VersionSetCommand
{
    private const string Verb = "version set";

    public static Command Create(CommandContext context)
    {
        var value = new Argument<string?>("version") { Description = "The new version (SemVer, optionally v-prefixed, or PEP 440)", Arity = ArgumentArity.ZeroOrOne };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the new version, and the step and VERSION's diff on standard error, without writing VERSION" };
        var json = new Option<bool>("--json") { Description = "With --dry-run: print the version and the plan's steps as one JSON document" };
        var recovery = new PlanRecoveryOptions(Verb);
        var command = new Command("set", "Validate a version and write it to VERSION in canonical form (a 'v' is kept when the input or the file had one)")
        {
            value,
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

            var input = ParsedVersion.Parse(parse.GetValue(value) ?? throw Messages.VersionArgumentMissing(Verb, "the new version (e.g. steward version set 1.2.3)"));
            var component = ComponentResolver.SingleLeniently(project.Root);
            VersionFileWrite.RefuseUnwritable(project, component);
            var existing = project.TryReadVersionFileLeniently(component);
            var written = input.HasVPrefix || existing?.HasVPrefix != true ? input : input.WithVPrefix();
            VersionFileWrite.Run(context, project, component, Verb, written, existing?.Newline ?? "\n", parse.GetValue(dryRun), parse.GetValue(json));
            return ExitCodes.Success;
        });
        return command;
    }
}

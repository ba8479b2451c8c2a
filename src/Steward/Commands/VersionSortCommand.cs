using System.CommandLine;
using Steward.Cli;
using Steward.Core.Versioning;

namespace Steward.Commands;

/// <summary><c>steward version sort [V...]</c>: valid inputs in ascending precedence, as written; invalid ones reported.</summary>
internal static class VersionSortCommand
{
    public static Command Create(CommandContext context)
    {
        var values = new Argument<string[]>("versions") { Description = "Versions to sort; one per line on standard input when none are given", Arity = ArgumentArity.ZeroOrMore };
        var scheme = SchemeOptions.Create();
        var command = new Command("sort", "Print versions in ascending precedence, as they were written; invalid ones go to stderr and make the exit code 1")
        {
            values,
            scheme,
        };
        command.SetAction(parse =>
        {
            var chosen = SchemeOptions.Parse(parse.GetValue(scheme)!);
            var valid = new List<(string Input, ParsedVersion Version)>();
            var failed = false;
            foreach (var input in InputValues.From(parse.GetValue(values), context))
            {
                try
                {
                    valid.Add((input, ParsedVersion.Parse(input, chosen)));
                }
                catch (VersionFormatException e)
                {
                    ErrorLine.Write(context.Error, e.Message);
                    failed = true;
                }
            }

            // OrderBy is stable: versions of equal precedence keep their input order.
            foreach (var (input, _) in valid.OrderBy(v => v.Version, Comparer<ParsedVersion>.Create(ParsedVersion.CompareTotal)))
            {
                context.Out.WriteLine(input);
            }

            return failed ? ExitCodes.Failed : ExitCodes.Success;
        });
        return command;
    }
}

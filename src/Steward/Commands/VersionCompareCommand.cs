using System.CommandLine;
using Steward.Cli;
using Steward.Core.Versioning;

namespace Steward.Commands;

/// <summary><c>steward version compare A B</c>: prints -1, 0 or 1 by precedence.</summary>
internal static class VersionCompareCommand
{
    public static Command Create(CommandContext context)
    {
        var values = new Argument<string[]>("versions")
        {
            Description = "Two versions A B; without them, one pair per line on standard input",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var scheme = SchemeOptions.Create();
        var command = new Command("compare", "Print -1, 0 or 1 as A has lower, equal or higher precedence than B (build metadata does not count)")
        {
            values,
            scheme,
        };
        command.SetAction(parse =>
        {
            var chosen = SchemeOptions.Parse(parse.GetValue(scheme)!);
            var given = parse.GetValue(values) ?? [];
            IEnumerable<string[]> pairs = given.Length > 0
                ? [given]
                : InputValues.From([], context).Select(line => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            foreach (var pair in pairs)
            {
                if (pair.Length != 2)
                {
                    throw Core.Errors.Messages.CompareNeedsTwo(pair.Length, string.Join(' ', pair));
                }

                var a = ParsedVersion.Parse(pair[0], chosen);
                var b = ParsedVersion.Parse(pair[1], chosen);
                context.Out.WriteLine(Math.Sign(ParsedVersion.ComparePrecedence(a, b)));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}

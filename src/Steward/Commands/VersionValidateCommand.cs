using System.CommandLine;
using Steward.Cli;
using Steward.Core.Versioning;

namespace Steward.Commands;

/// <summary><c>steward version validate [V...]</c>: one verdict line per input; exit 1 when any is invalid.</summary>
internal static class VersionValidateCommand
{
    public static Command Create(CommandContext context)
    {
        var values = new Argument<string[]>("versions") { Description = "Versions to check; one per line on standard input when none are given", Arity = ArgumentArity.ZeroOrMore };
        var scheme = SchemeOptions.Create();
        var json = new Option<bool>("--json") { Description = "Print a JSON array of {input, valid, normalized, reason}" };
        var command = new Command("validate", "Check versions against the scheme: prints INPUT<TAB>valid<TAB>NORMALIZED or INPUT<TAB>invalid<TAB>REASON")
        {
            values,
            scheme,
            json,
        };
        command.SetAction(parse =>
        {
            var chosen = SchemeOptions.Parse(parse.GetValue(scheme)!);
            var results = InputValues.From(parse.GetValue(values), context)
                .Select(input => Check(input, chosen))
                .ToList();
            if (parse.GetValue(json))
            {
                Json.Write(context.Out, w =>
                {
                    w.WriteStartArray();
                    foreach (var (input, normalized, reason) in results)
                    {
                        w.WriteStartObject();
                        w.WriteString("input", input);
                        w.WriteBoolean("valid", reason is null);
                        w.WriteString("normalized", normalized);
                        w.WriteString("reason", reason);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                });
            }
            else
            {
                foreach (var (input, normalized, reason) in results)
                {
                    context.Out.WriteLine(reason is null ? $"{input}\tvalid\t{normalized}" : $"{input}\tinvalid\t{reason}");
                }
            }

            return results.Any(r => r.Reason is not null) ? ExitCodes.Failed : ExitCodes.Success;
        });
        return command;
    }

    private static (string Input, string? Normalized, string? Reason) Check(string input, VersionScheme scheme)
    {
        try
        {
            return (input, ParsedVersion.Parse(input, scheme).Normalized, null);
        }
        catch (VersionFormatException e)
        {
            return (input, null, e.Rule);
        }
    }
}

using System.CommandLine;
using Steward.Core.Errors;
using Steward.Core.Text;

namespace Steward.Cli;

/// <summary>
/// What the command-line parser found wrong, as one clear line per problem: an unknown verb or option is named, with
/// the closest known one ("did you mean"), instead of the parser's sentences run together.
/// </summary>
internal static class ParseErrorLines
{
    public static IReadOnlyList<string> For(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var lines = new List<string>();
        string? previous = null;
        foreach (var token in parse.UnmatchedTokens)
        {
            // The word after an unknown option is most likely its value, not a second mistake.
            if (!(previous is not null && previous.StartsWith('-') && !token.StartsWith('-')))
            {
                lines.Add(Unmatched(token, command, parse));
            }

            previous = token;
        }

        foreach (var error in parse.Errors)
        {
            // The parser reports each unmatched token itself, and a missing verb as well when the verb was mistyped:
            // both are errors of the command, not of one of its options or arguments. The unmatched tokens are named
            // above already, so the command's own errors would only repeat them (told apart by where the parser
            // found them, never by reading its English).
            if (parse.UnmatchedTokens.Count > 0 && error.SymbolResult is System.CommandLine.Parsing.CommandResult)
            {
                continue;
            }

            var line = OneLine(error.Message);
            if (!lines.Contains(line, StringComparer.Ordinal))
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    private static string Unmatched(string token, Command command, ParseResult parse)
    {
        if (token.StartsWith('-'))
        {
            var names = OptionsOf(parse).SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal));
            return Messages.UnknownOption(token, Path(parse), Suggestion.Closest(token, names));
        }

        return command.Subcommands.Count > 0
            ? Messages.UnknownCommand(token, Path(parse), Suggestion.Closest(token, command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name)))
            : Messages.UnexpectedArgument(token, Path(parse));
    }

    /// <summary>The options the command takes: its own and the recursive ones of the commands above it.</summary>
    private static List<Option> OptionsOf(ParseResult parse)
    {
        var options = new List<Option>(parse.CommandResult.Command.Options);
        for (var result = parse.CommandResult.Parent as System.CommandLine.Parsing.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            options.AddRange(result.Command.Options.Where(o => o.Recursive));
        }

        return options;
    }

    // Parser messages may list choices on several lines; an error is one line.
    public static string OneLine(string message) =>
        string.Join(' ', message.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)).Replace("' '", "', '", StringComparison.Ordinal);

    public static string Path(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Add(result.Command.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }
}

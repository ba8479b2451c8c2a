using System.CommandLine;
using System.CommandLine.Help;
using Steward.Commands;
using Steward.Core.Errors;

namespace Steward.Cli;

/// <summary>Builds the command tree and runs one command line, turning failures into one line and an exit code.</summary>
internal static class StewardCli
{
    public static Command Build(CommandContext context)
    {
        var root = new Command("steward", "Release tool for git repositories: one VERSION file, Conventional Commits, changelogs, gates and tags.")
        {
            new HelpOption(),
            new VersionOption(),
            GlobalOptions.CreateVerbose(),
            GlobalOptions.CreateDirectory(),
            VersionCommand.Create(context),
            NextCommand.Create(context),
            LogCommand.Create(context),
            LintCommand.Create(context),
            HooksCommand.Create(context),
            PropagateCommand.Create(context),
            CheckCommand.Create(context),
            InitCommand.Create(context),
            ReleaseCommand.Create(context),
            ChangelogCommand.Create(context),
            NotesCommand.Create(context),
            ArtifactsCommand.Create(context),
            ImagesCommand.Create(context),
            SupportCommand.Create(context),
            RollbackCommand.Create(context),
            SyncCommand.Create(context),
            FlowCommand.Create(context),
        };
        return root;
    }

    public static int Run(IReadOnlyList<string> args, CommandContext context)
    {
        var root = Build(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not HelpAction)
        {
            // One line: every parser complaint, then where the usage is.
            var messages = string.Join("; ", parse.Errors.Select(e => OneLine(e.Message)));
            context.Error.WriteLine($"steward: error: {messages} (see '{CommandPath(parse)} --help')");
            return ExitCodes.BadInput;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration
            {
                Output = context.Out,
                Error = context.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (StewardException e)
        {
            // Nothing to release is an answer, not an error (exit 3, so CI can skip the rest).
            // Errors quote what they found (a VERSION's text, a subject, a key): shown with control characters escaped.
            var message = Core.Text.UntrustedText.Terminal(e.Message);
            context.Error.WriteLine(e.Kind == FailureKind.NothingToRelease ? $"steward: {message}" : $"steward: error: {message}");
            if (GlobalOptions.VerboseOf(parse))
            {
                context.Error.WriteLine(e.ToString());
            }

            return ExitCodes.For(e.Kind);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"steward: error: {Core.Text.UntrustedText.Terminal(e.Message)}");
            if (GlobalOptions.VerboseOf(parse))
            {
                context.Error.WriteLine(e.ToString());
            }

            return ExitCodes.Failed;
        }
    }

    // Parser messages may list choices on several lines; an error is one line.
    private static string OneLine(string message) =>
        string.Join(' ', message.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)).Replace("' '", "', '", StringComparison.Ordinal);

    private static string CommandPath(ParseResult parse)
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

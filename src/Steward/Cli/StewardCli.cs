using System.CommandLine;
using System.CommandLine.Help;
using Steward.Commands;
using Steward.Core.Errors;

namespace Steward.Cli;

/// <summary>Builds the command tree and runs one command line, turning failures into one line and an exit code.</summary>
internal static class StewardCli
{
    // Every verb, by the name that selects it. Only the verb a command line names is built (start-up: building every
    // verb's options costs more than most verbs' own work); help, errors and anything unclear build them all.
    private static readonly (string Name, Func<CommandContext, Command> Create)[] Verbs =
    [
        ("version", VersionCommand.Create),
        ("next", NextCommand.Create),
        ("log", LogCommand.Create),
        ("lint", LintCommand.Create),
        ("hooks", HooksCommand.Create),
        ("propagate", PropagateCommand.Create),
        ("check", CheckCommand.Create),
        ("init", InitCommand.Create),
        ("release", ReleaseCommand.Create),
        ("changelog", ChangelogCommand.Create),
        ("notes", NotesCommand.Create),
        ("artifacts", ArtifactsCommand.Create),
        ("images", ImagesCommand.Create),
        ("support", SupportCommand.Create),
        ("report", ReportCommand.Create),
        ("rollback", RollbackCommand.Create),
        ("backport", BackportCommand.Create),
        ("sync", SyncCommand.Create),
        ("flow", FlowCommand.Create),
        ("freeze", FreezeCommand.Create),
        ("announce", AnnounceCommand.Create),
        ("publish", PublishCommand.Create),
        ("pr", PrCommand.Create),
        ("forge", ForgeCommand.Create),
    ];

    private static readonly string[] HelpTokens = ["--help", "-h", "/h", "-?", "/?"];

    /// <summary>
    /// The whole command tree (help, documentation), or only the verbs in <paramref name="only"/>. With
    /// <paramref name="args"/>, --help and --version are added only when a token could be one of them: building them
    /// loads System.CommandLine's resources, a cost at every start (the hook runs lint on every commit), and an option
    /// no token names changes nothing of the parse.
    /// </summary>
    public static Command Build(CommandContext context, IReadOnlyCollection<string>? only = null, IReadOnlyList<string>? args = null)
    {
        var root = new Command("steward", "Release tool for git repositories: one VERSION file, Conventional Commits, changelogs, gates and tags.")
        {
            GlobalOptions.CreateVerbose(),
            GlobalOptions.CreateDirectory(),
        };
        // A response file (@FILE) may hold either: then both are built, as for the whole tree.
        var all = only is null || args is null || args.Any(a => a.StartsWith('@'));
        if (all || args!.Any(a => Array.IndexOf(HelpTokens, a) >= 0))
        {
            root.Options.Insert(0, HelpAtWidth(context));
        }

        if (all || args!.Contains("--version"))
        {
            root.Options.Insert(root.Options.Count - 2, new VersionOption());
        }

        foreach (var (name, create) in Verbs)
        {
            if (only is null || only.Contains(name))
            {
                root.Subcommands.Add(create(context));
            }
        }

        return root;
    }

    /// <summary>
    /// --help. At a terminal the parser would ask the console for its width, and on Unix that sets the terminal up
    /// and writes keypad-mode codes (ESC[?1h ESC=) into the output; the width comes from COLUMNS instead, else 80.
    /// Elsewhere (a pipe, a file) lines are not wrapped, as before.
    /// </summary>
    private static HelpOption HelpAtWidth(CommandContext context)
    {
        var help = new HelpOption();
        if (context.OutputIsTerminal)
        {
            var columns = int.TryParse(context.GetEnvironment("COLUMNS"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var c) && c > 20 ? c : 80;
            help.Action = new HelpAction { MaxWidth = columns };
        }

        return help;
    }

    /// <summary>
    /// The verbs a command line needs: the one it names, none for a bare <c>--version</c>, or null (all of them) when it
    /// names none, asks for help, or holds anything this cannot read for certain (a response file, a directive).
    /// </summary>
    internal static IReadOnlyCollection<string>? VerbsNeeded(IReadOnlyList<string> args)
    {
        var version = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--verbose":
                    continue;
                case "-C" or "--directory":
                    i++;
                    continue;
                case "--version":
                    version = true;
                    continue;
            }

            if (arg.StartsWith("--directory=", StringComparison.Ordinal) || arg.StartsWith("-C=", StringComparison.Ordinal))
            {
                continue;
            }

            return Array.Exists(Verbs, v => v.Name == arg) ? [arg] : null;
        }

        return version ? [] : null;
    }

    public static int Run(IReadOnlyList<string> args, CommandContext context)
    {
        // Tokens never reach the output, whichever code writes (docs/publish.md): both streams drop them line by line.
        // A plain loop: LINQ's Select over Select is a generic virtual call, which Native AOT resolves at run time
        // through its type loader, at every start (bench/native.md).
        var secrets = new List<string>();
        foreach (var variable in Forges.ForgeTokens.AllVariables)
        {
            var value = context.GetEnvironment(variable)?.Trim();
            if (value is { Length: >= 8 })
            {
                secrets.Add(value);
            }
        }

        var redactor = new Core.Text.SecretRedactor(secrets);
        using var output = new RedactingWriter(context.Out, redactor);
        using var error = new RedactingWriter(context.Error, redactor);
        try
        {
            return RunRedacted(args, context with { Out = output, Error = error });
        }
        finally
        {
            output.Flush();
            error.Flush();
        }
    }

    /// <summary>
    /// Steward's version as the parser's version option states it: the informational version (VERSION; the build adds no
    /// source revision to it), without build metadata.
    /// </summary>
    private static string OwnVersion()
    {
        // A constant written by the build, not the assembly attribute: reflection over the native image's metadata cost a
        // tenth of the version option's instructions (bench/native.md).
        const string version = BuildVersion.Informational;
        var metadata = version.IndexOf('+', StringComparison.Ordinal);
        return metadata < 0 ? version : version[..metadata];
    }

    private static int RunRedacted(IReadOnlyList<string> args, CommandContext context)
    {
        // A bare --version (scripts, CI logs) is answered before any command is built: the parser's version option loads
        // System.CommandLine's resources, about a tenth of the native start-up's instructions (bench/native.md). The
        // line is the one that option prints.
        if (args is ["--version"])
        {
            context.Out.WriteLine(OwnVersion());
            return ExitCodes.Success;
        }

        var root = Build(context, VerbsNeeded(args), args);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not HelpAction)
        {
            // One line per problem, the last saying where the usage is.
            var lines = ParseErrorLines.For(parse);
            for (var i = 0; i < lines.Count; i++)
            {
                ErrorLine.Write(context.Error, i == lines.Count - 1 ? Messages.SeeHelp(lines[i], ParseErrorLines.Path(parse)) : lines[i]);
            }

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
            // Errors quote what they found (a VERSION's text, a subject, a key): shown with control characters escaped.
            ErrorLine.Write(context.Error, e);
            if (GlobalOptions.VerboseOf(parse))
            {
                context.Error.WriteLine(e.ToString());
            }

            return ExitCodes.For(e.Kind);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ErrorLine.Write(context.Error, e.Message);
            if (GlobalOptions.VerboseOf(parse))
            {
                context.Error.WriteLine(e.ToString());
            }

            return ExitCodes.Failed;
        }
    }
}

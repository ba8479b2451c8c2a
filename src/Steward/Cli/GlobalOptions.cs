using System.CommandLine;

namespace Steward.Cli;

/// <summary>
/// Options every verb accepts. Each command tree gets its own instances (an option records the commands it belongs
/// to, so one shared instance would be mutated by every tree built, from any thread); verbs read them by name.
/// </summary>
internal static class GlobalOptions
{
    public const string VerboseName = "--verbose";
    public const string DirectoryName = "--directory";

    public static Option<bool> CreateVerbose() => new(VerboseName)
    {
        Description = "Print details of failures, including stack traces",
        Recursive = true,
    };

    public static Option<string?> CreateDirectory() => new(DirectoryName, "-C")
    {
        Description = "Run as if started in DIR",
        HelpName = "DIR",
        Recursive = true,
    };

    public static bool VerboseOf(ParseResult parse) => parse.GetValue<bool>(VerboseName);

    public static string? DirectoryOf(ParseResult parse) => parse.GetValue<string?>(DirectoryName);
}

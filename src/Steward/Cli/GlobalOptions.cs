using System.CommandLine;

namespace Steward.Cli;

/// <summary>Options every verb accepts.</summary>
internal static class GlobalOptions
{
    public static Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "Print details of failures, including stack traces",
        Recursive = true,
    };

    public static Option<string?> Directory { get; } = new("--directory", "-C")
    {
        Description = "Run as if started in DIR",
        HelpName = "DIR",
        Recursive = true,
    };
}

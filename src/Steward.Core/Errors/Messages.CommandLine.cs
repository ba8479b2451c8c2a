namespace Steward.Core.Errors;

/// <summary>What the command-line parser found wrong: lines, not exceptions (the parser's result is the structure).</summary>
public static partial class Messages
{
    /// <param name="command">The command as typed so far, e.g. "steward version".</param>
    /// <param name="suggestion">The closest known option, or null.</param>
    public static string UnknownOption(string token, string command, string? suggestion) =>
        $"unknown option '{token}' for '{command}'{DidYouMean(suggestion)}";

    public static string UnknownCommand(string token, string command, string? suggestion) =>
        $"unknown command '{token}' for '{command}'{DidYouMean(suggestion)}";

    public static string UnexpectedArgument(string token, string command) => $"unexpected argument '{token}' for '{command}'";

    /// <summary>The last of the parser's lines, saying where the usage is.</summary>
    public static string SeeHelp(string line, string command) => $"{line} (see '{command} --help')";

    private static string DidYouMean(string? suggestion) => suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?";
}

namespace Steward.Cli;

/// <summary>Asks a yes/no question on stderr (stdout stays the command's output) and reads the answer from stdin.</summary>
internal static class Confirmation
{
    /// <summary>True only for an explicit yes; no answer (end of input, as in CI) is a no.</summary>
    public static bool Ask(CommandContext context, string question)
    {
        context.Error.Write($"{question} [y/N] ");
        context.Error.Flush();
        var answer = context.In.ReadLine()?.Trim();
        return string.Equals(answer, "y", StringComparison.OrdinalIgnoreCase) || string.Equals(answer, "yes", StringComparison.OrdinalIgnoreCase);
    }
}

namespace Steward.Cli;

/// <summary>Values given as arguments, or, when none are, one per line on standard input (for scripts and CI).</summary>
internal static class InputValues
{
    public static IReadOnlyList<string> From(IReadOnlyList<string>? arguments, CommandContext context)
    {
        if (arguments is { Count: > 0 })
        {
            return arguments;
        }

        if (!context.InputRedirected)
        {
            return [];
        }

        var values = new List<string>();
        while (context.In.ReadLine() is { } line)
        {
            if (line.Trim().Length > 0)
            {
                values.Add(line.TrimEnd('\r'));
            }
        }

        return values;
    }
}

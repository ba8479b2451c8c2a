using Steward.Cli;

namespace Steward.Tests.Support;

/// <summary>
/// Runs the real command line in-process against a directory, with captured streams, the test git environment and a
/// fixed clock. Fast enough for hundreds of scenarios; <see cref="ProcessRunner"/> covers the built binary itself.
/// </summary>
public static class StewardRunner
{
    public static readonly DateTimeOffset FixedNow = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    public static StewardResult Run(string directory, params string[] args) => Run(directory, null, null, args);

    public static StewardResult Run(string directory, string? standardInput, IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        using var input = new StringReader(standardInput ?? string.Empty);
        var context = new CommandContext(
            output,
            error,
            input,
            standardInput is not null,
            directory,
            environment ?? TestEnvironment.Create(),
            () => FixedNow);
        var code = StewardCli.Run(args, context);
        return new StewardResult(code, output.ToString(), error.ToString());
    }
}

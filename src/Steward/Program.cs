using System.Collections;
using Steward.Cli;

// Wiring only: the real standard streams, directory, environment and clock go in; an exit code comes out.
var environment = new Dictionary<string, string?>(StringComparer.Ordinal);
foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
{
    environment[(string)entry.Key] = (string?)entry.Value;
}

using var input = StandardStreams.Input();
var context = new CommandContext(
    StandardStreams.Output(),
    StandardStreams.Error(),
    input,
    Console.IsInputRedirected,
    Environment.CurrentDirectory,
    environment,
    () => DateTimeOffset.Now)
{
    OutputIsTerminal = !Console.IsOutputRedirected,
    ErrorIsTerminal = !Console.IsErrorRedirected,
};
return StewardCli.Run(args, context);

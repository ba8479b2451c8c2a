using System.Collections;
using Steward.Cli;

// Wiring only: the real console, directory, environment and clock go in; an exit code comes out.
var environment = new Dictionary<string, string?>(StringComparer.Ordinal);
foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
{
    environment[(string)entry.Key] = (string?)entry.Value;
}

var context = new CommandContext(
    Console.Out,
    Console.Error,
    Console.In,
    Console.IsInputRedirected,
    Environment.CurrentDirectory,
    environment,
    () => DateTimeOffset.Now)
{
    OutputIsTerminal = !Console.IsOutputRedirected,
};
return StewardCli.Run(args, context);

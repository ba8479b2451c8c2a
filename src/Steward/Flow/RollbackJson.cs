using Steward.Cli;

namespace Steward.Flow;

/// <summary>Writes <see cref="RollbackReport"/> as <c>steward rollback --json</c> prints it.</summary>
internal static class RollbackJson
{
    public static void Write(TextWriter output, RollbackReport report) => OutputJson.Write(output, report, OutputJson.Default.RollbackReport);
}

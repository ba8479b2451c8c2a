using System.CommandLine;

namespace Steward.Commands;

/// <summary>The --json option of the flow verbs that report a result (feature, release and hotfix start and finish).</summary>
internal static class FlowJson
{
    public static Option<bool> Option() => new("--json")
    {
        Description = "Print the result as one JSON document on standard output (progress goes to standard error)",
    };
}

using System.CommandLine;

namespace Steward.Commands;

/// <summary>The --json option of the flow verbs that report a result (feature, release and hotfix start and finish).</summary>
internal static class FlowJson
{
    public static Option<bool> Option() => new("--json")
    {
        Description = "Print the result as one JSON document on standard output (progress goes to standard error)",
    };

    /// <summary>The --dry-run of the start verbs: the steps exactly as they would run (as <c>steps</c> with --json).</summary>
    public static Option<bool> DryRunOption() => new("--dry-run")
    {
        Description = "Print the steps (the branch, the file diffs, the git commands as they will run; with --json as 'steps') and change nothing",
    };
}

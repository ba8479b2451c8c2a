namespace Steward.Commands;

/// <summary>
/// What <c>steward publish --json</c> prints: the release and where it is, whether this was a dry run, whether it is
/// left as a draft, whether anything changed, the steps (planned in a dry run, done otherwise), the assets already
/// there with the same content, the forge's assets that are not wanted (left alone), the forge calls, and the plan.
/// </summary>
internal sealed record PublishOutput(
    string Tag,
    string Forge,
    string Repository,
    string Api,
    bool DryRun,
    bool Draft,
    bool Changed,
    IReadOnlyList<PublishStepOutput> Steps,
    IReadOnlyList<string> Unchanged,
    IReadOnlyList<string> Unwanted,
    IReadOnlyList<ForgeCallOutput> Calls)
{
    /// <summary>The plan as the engine runs it (<c>verb</c>, <c>dryRun</c>, <c>steps</c>: the one <c>forge</c> step).</summary>
    public System.Text.Json.JsonElement? Plan { get; init; }
}

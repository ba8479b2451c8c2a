namespace Steward.Commands;

/// <summary>
/// What <c>steward publish --json</c> prints: the release and where it is, whether this was a dry run, whether it is
/// left as a draft, whether anything changed, the steps (planned in a dry run, done otherwise), the assets already
/// there with the same content, the forge's assets that are not wanted (left alone), and the forge calls.
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
    IReadOnlyList<ForgeCallOutput> Calls);

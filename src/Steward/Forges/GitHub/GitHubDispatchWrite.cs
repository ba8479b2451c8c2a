namespace Steward.Forges.GitHub;

/// <summary>The body of create-a-workflow-dispatch-event: the branch the workflow runs on.</summary>
internal sealed record GitHubDispatchWrite
{
    public string Ref { get; init; } = string.Empty;
}

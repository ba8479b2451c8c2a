namespace Steward.Forges.GitHub;

/// <summary>The body of add-labels-to-an-issue.</summary>
internal sealed record GitHubLabelsWrite
{
    public List<string> Labels { get; init; } = [];
}

namespace Steward.Forges.GitHub;

internal sealed record GitHubLabelDto
{
    public string Name { get; init; } = string.Empty;
}

namespace Steward.Forges.GitHub;

/// <summary>The body of create-a-label: the colour is six hex digits without '#'.</summary>
internal sealed record GitHubLabelWrite
{
    public string Name { get; init; } = string.Empty;

    public string Color { get; init; } = string.Empty;

    public string? Description { get; init; }
}

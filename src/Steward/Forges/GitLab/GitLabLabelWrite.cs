namespace Steward.Forges.GitLab;

/// <summary>The body of create-a-project-label: GitLab requires the colour ('#' and six hex digits).</summary>
internal sealed record GitLabLabelWrite
{
    public string Name { get; init; } = string.Empty;

    public string Color { get; init; } = string.Empty;

    public string? Description { get; init; }
}

namespace Steward.Forges.GitLab;

/// <summary>A project label as GitLab lists it: its name is what Steward reads.</summary>
internal sealed record GitLabLabelDto
{
    public string Name { get; init; } = string.Empty;
}

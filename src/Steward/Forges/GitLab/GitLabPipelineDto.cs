namespace Steward.Forges.GitLab;

/// <summary>A pipeline as GitLab lists it: its id, status (a commit status's words) and page.</summary>
internal sealed record GitLabPipelineDto
{
    public long Id { get; init; }

    public string Status { get; init; } = string.Empty;

    public string? WebUrl { get; init; }
}

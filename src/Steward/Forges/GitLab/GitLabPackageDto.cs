namespace Steward.Forges.GitLab;

/// <summary>A package of the project's package registry (Steward reads generic ones): its id, name and version.</summary>
internal sealed record GitLabPackageDto
{
    public long Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public string Version { get; init; } = string.Empty;
}

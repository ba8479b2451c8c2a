namespace Steward.Forges.GitLab;

/// <summary>A file of a package: GitLab computes its SHA-256 on upload, which is what reconciling compares.</summary>
internal sealed record GitLabPackageFileDto
{
    public long Id { get; init; }

    public long PackageId { get; init; }

    public string FileName { get; init; } = string.Empty;

    public long Size { get; init; }

    public string? FileSha256 { get; init; }
}

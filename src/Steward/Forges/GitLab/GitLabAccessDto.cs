namespace Steward.Forges.GitLab;

/// <summary>A role as GitLab numbers it: 10 guest, 20 reporter, 30 developer, 40 maintainer, 50 owner.</summary>
internal sealed record GitLabAccessDto
{
    public int AccessLevel { get; init; }
}

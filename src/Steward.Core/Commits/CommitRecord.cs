namespace Steward.Core.Commits;

/// <summary>One commit as git reports it: the plain record the git layer hands the domain.</summary>
public sealed record CommitRecord(
    string Sha,
    IReadOnlyList<string> Parents,
    string AuthorName,
    string AuthorEmail,
    DateTimeOffset AuthorDate,
    string Message)
{
    public bool IsMerge => Parents.Count > 1;

    public string ShortSha => Sha.Length > 7 ? Sha[..7] : Sha;
}

namespace Steward.Core.PullRequests;

/// <summary>
/// Finds the release pull request among the forge's pull requests of its head branch, and decides what to do with
/// it: never by labels (a removed label must not strand it), by the head branch and the marker.
/// </summary>
public static class ReleasePullRequests
{
    /// <summary>
    /// The open pull request of <paramref name="head"/> into <paramref name="baseBranch"/>, the one with a marker first
    /// (a human may have opened another from the same branch, or wiped the body): the head branch is Steward's.
    /// </summary>
    public static ForgePullRequest? FindOpen(IEnumerable<ForgePullRequest> pulls, string head, string baseBranch)
    {
        var open = pulls.Where(p => p.Open && p.Head == head && p.Base == baseBranch).ToList();
        return open.FirstOrDefault(p => p.Marker is not null) ?? open.FirstOrDefault();
    }

    /// <summary>The merged pull request of <paramref name="head"/> that released <paramref name="version"/>, by its marker.</summary>
    public static ForgePullRequest? FindMerged(IEnumerable<ForgePullRequest> pulls, string head, string version) =>
        pulls.Where(p => p.Merged && p.Head == head && p.Marker?.Version == version).MaxBy(p => p.Number);

    public static PullRequestAction Decide(ForgePullRequest? existing, WantedPullRequest wanted) =>
        existing is null ? PullRequestAction.Create
        : existing.Title == wanted.Title && Normalise(existing.Body) == Normalise(wanted.Body) ? PullRequestAction.None
        : PullRequestAction.Update;

    /// <summary>The title from <c>pr.title</c>: {branch}, {version} and {tag} filled in.</summary>
    public static string Title(string template, string branch, string version, string tag) =>
        template.Replace("{branch}", branch, StringComparison.Ordinal).Replace("{version}", version, StringComparison.Ordinal).Replace("{tag}", tag, StringComparison.Ordinal);

    /// <summary>The head branch from <c>pr.branch</c>: {branch} is the base branch.</summary>
    public static string HeadBranch(string template, string branch) => template.Replace("{branch}", branch, StringComparison.Ordinal);

    public static string Body(string notes, ReleaseMarker marker) => $"{notes.TrimEnd()}\n\n{marker.Render()}\n";

    // GitHub keeps a body's line ends as sent, but a body edited in the browser comes back with CRLF.
    private static string Normalise(string body) => body.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();
}

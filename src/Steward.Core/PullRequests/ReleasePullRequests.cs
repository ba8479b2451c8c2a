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
    /// <param name="unit">The release unit of a split monorepo's pull request: a marker naming it wins over any other.</param>
    public static ForgePullRequest? FindOpen(IEnumerable<ForgePullRequest> pulls, string head, string baseBranch, string? unit = null)
    {
        var open = pulls.Where(p => p.Open && p.Head == head && p.Base == baseBranch).ToList();
        return open.FirstOrDefault(p => p.Marker is { } marker && marker.Unit == unit) ?? open.FirstOrDefault(p => p.Marker is not null) ?? open.FirstOrDefault();
    }

    /// <summary>The merged pull request of <paramref name="head"/> that released <paramref name="version"/>, by its marker.</summary>
    public static ForgePullRequest? FindMerged(IEnumerable<ForgePullRequest> pulls, string head, string version) =>
        pulls.Where(p => p.Merged && p.Head == head && p.Marker?.Version == version).MaxBy(p => p.Number);

    public static PullRequestAction Decide(ForgePullRequest? existing, WantedPullRequest wanted) =>
        existing is null ? PullRequestAction.Create
        : existing.Title == wanted.Title && Normalise(existing.Body) == Normalise(wanted.Body) ? PullRequestAction.None
        : PullRequestAction.Update;

    /// <summary>The title from <c>pr.title</c>: {branch}, {version}, {tag} and {unit} filled in.</summary>
    public static string Title(string template, string branch, string version, string tag, string? unit = null) =>
        template.Replace("{branch}", branch, StringComparison.Ordinal).Replace("{version}", version, StringComparison.Ordinal).Replace("{tag}", tag, StringComparison.Ordinal)
            .Replace("{unit}", unit ?? string.Empty, StringComparison.Ordinal);

    /// <summary>
    /// The head branch from <c>pr.branch</c>: {branch} is the base branch. A release unit of a split monorepo
    /// (<c>pr.split: component</c>) fills {unit}, or, when the template has none, is appended as a last segment
    /// (<c>steward/release/main/api</c>), so that every unit has its own branch.
    /// </summary>
    public static string HeadBranch(string template, string branch, string? unit = null)
    {
        var head = template.Replace("{branch}", branch, StringComparison.Ordinal);
        if (unit is null)
        {
            return head.Replace("/{unit}", string.Empty, StringComparison.Ordinal).Replace("{unit}", string.Empty, StringComparison.Ordinal);
        }

        return head.Contains("{unit}", StringComparison.Ordinal) ? head.Replace("{unit}", unit, StringComparison.Ordinal) : $"{head}/{unit}";
    }

    /// <summary>
    /// A list for a title, short when long: <c>api 1.3.0, web 2.0.1, chart 3.0.1</c>, and past three the first two and
    /// how many more (<c>api 1.3.0, web 2.0.1 and 3 more</c>).
    /// </summary>
    public static string ShortList(IReadOnlyList<string> items) =>
        items.Count <= 3 ? string.Join(", ", items) : $"{string.Join(", ", items.Take(2))} and {items.Count - 2} more";

    public static string Body(string notes, ReleaseMarker marker) => $"{notes.TrimEnd()}\n\n{marker.Render()}\n";

    // GitHub keeps a body's line ends as sent, but a body edited in the browser comes back with CRLF.
    private static string Normalise(string body) => body.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();
}

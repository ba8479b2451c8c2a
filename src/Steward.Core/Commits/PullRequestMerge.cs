using System.Text.RegularExpressions;

namespace Steward.Core.Commits;

/// <summary>
/// A merge commit as a forge writes it when it merges a pull request: GitHub's <c>Merge pull request #15 from
/// owner/branch</c> with the pull request's title (and, when the repository is set so, its description) as the body;
/// GitLab's <c>Merge branch 'x' into 'main'</c> with the title, the description and <c>See merge request
/// group/proj!12</c>; Gitea's <c>Merge pull request 'title' (#15) from x into main</c>.
/// </summary>
/// <param name="Number">The pull request's number.</param>
/// <param name="Sigil"><c>#</c> (GitHub, Gitea) or <c>!</c> (a GitLab merge request).</param>
/// <param name="Title">The pull request's title: the change the merge stands for.</param>
/// <param name="Description">What follows the title (the description, GitLab's <c>Closes #4</c> lines), or null.</param>
public sealed partial record PullRequestMerge(string Number, char Sigil, string Title, string? Description)
{
    /// <summary>The pull request as the changelog writes it: <c>#15</c>, <c>!12</c>.</summary>
    public string Reference => Sigil + Number;

    /// <summary>
    /// The message the merge stands for: the title with the reference appended (as a squash merge writes it, so that
    /// the changelog links it), then the description, read by the Conventional Commits parser as any message is.
    /// </summary>
    public string AsMessage()
    {
        var suffix = $"({Reference})";
        var subject = Title.EndsWith(suffix, StringComparison.Ordinal) ? Title : $"{Title} {suffix}";
        return Description is null ? subject : subject + "\n\n" + Description;
    }

    /// <summary>The pull request merged by a commit with <paramref name="message"/>, or null when the message is not one a forge writes, or has no title.</summary>
    public static PullRequestMerge? Read(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        // Most commits are no merges a forge wrote: the literal prefix decides before any expression runs.
        if (!message.StartsWith("Merge ", StringComparison.Ordinal))
        {
            return null;
        }

        var lines = message.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var subject = lines[0].Trim();
        var github = GitHubSubject().Match(subject);
        if (github.Success)
        {
            var (title, description) = TitleAndDescription(lines, lines.Length);
            return title is null ? null : new PullRequestMerge(github.Groups["n"].Value, '#', title, description);
        }

        var gitea = GiteaSubject().Match(subject);
        if (gitea.Success)
        {
            return new PullRequestMerge(gitea.Groups["n"].Value, '#', gitea.Groups["title"].Value.Trim(), Join(lines, 1, lines.Length));
        }

        if (!GitLabSubject().IsMatch(subject))
        {
            return null;
        }

        // GitLab ends the message with "See merge request group/project!12" (before 10.0: "See merge request !12").
        var last = lines.Length - 1;
        while (last > 0 && lines[last].Trim().Length == 0)
        {
            last--;
        }

        var see = GitLabReference().Match(lines[last].Trim());
        if (last == 0 || !see.Success)
        {
            return null;
        }

        var (mrTitle, mrDescription) = TitleAndDescription(lines, last);
        return mrTitle is null ? null : new PullRequestMerge(see.Groups["n"].Value, '!', mrTitle, mrDescription);
    }

    /// <summary>
    /// A merge commit GitHub wrote with the repository's merge commit title set to the pull request's title
    /// (<c>PR_TITLE</c>, as <c>forge doctor --fix</c> sets it): <c>feat: add storage (#15)</c>, then the description
    /// (<c>PR_BODY</c>). Null when the subject does not end with a pull request's number. Only asked of merge commits.
    /// </summary>
    public static PullRequestMerge? ReadTitled(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var lines = message.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var subject = lines[0].Trim();
        return CommitText.TrailingPullRequest(subject) is { } number
            ? new PullRequestMerge(number, '#', subject, Join(lines, 1, lines.Length))
            : null;
    }

    /// <summary>The first non-blank line after the subject, and the text after it up to <paramref name="end"/>.</summary>
    private static (string? Title, string? Description) TitleAndDescription(string[] lines, int end)
    {
        var i = 1;
        while (i < end && lines[i].Trim().Length == 0)
        {
            i++;
        }

        return i >= end ? (null, null) : (lines[i].Trim(), Join(lines, i + 1, end));
    }

    private static string? Join(string[] lines, int start, int end)
    {
        var text = string.Join('\n', lines[start..end]).Trim('\n', ' ', '\t');
        return text.Length == 0 ? null : text;
    }

    [GeneratedRegex(@"^Merge pull request #(?<n>\d+) from \S+$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex GitHubSubject();

    [GeneratedRegex(@"^Merge pull request '(?<title>.+)' \(#(?<n>\d+)\) from .+ into .+$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex GiteaSubject();

    [GeneratedRegex(@"^Merge branch '[^']+' into '[^']+'$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex GitLabSubject();

    [GeneratedRegex(@"^See merge request (?:\S+)?!(?<n>\d+)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex GitLabReference();
}

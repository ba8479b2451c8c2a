using System.Text.RegularExpressions;
using Steward.Core.Changelog.Links;
using Steward.Core.Commits;

namespace Steward.Core.Changelog;

/// <summary>
/// Finds the pull requests, issues and advisories a commit refers to: the <c>(#123)</c> a squash merge appends to the
/// subject (taken off the description and shown as a link), Azure DevOps' <c>Merged PR 123:</c>, issue footers such as
/// <c>Closes #12</c> or <c>Refs: #4, #5</c>, and CVE identifiers in footers.
/// </summary>
public static partial class ReferenceExtractor
{
    private static readonly HashSet<string> IssueTokens = new(StringComparer.OrdinalIgnoreCase)
    {
        "Closes", "Close", "Closed", "Fixes", "Fix", "Fixed", "Resolves", "Resolve", "Resolved", "Refs", "Ref", "References",
        "Related", "Related-to", "See", "Issue", "Issues", "Part-of",
    };

    /// <summary>The description without a trailing pull request reference, and every reference found.</summary>
    public static (string Description, IReadOnlyList<EntryReference> References) Extract(CommitMessage message, ForgeLinks? links)
    {
        var references = new List<EntryReference>();
        var description = message.Description.Trim();
        // Each expression below is tried only when the text it looks for is there at all: this runs on every commit
        // of a regenerated history, and a failed search is far cheaper than a failed match.
        var azure = description.StartsWith("Merged PR ", StringComparison.Ordinal) ? AzureMergedPr().Match(description) : Match.Empty;
        if (azure.Success)
        {
            references.Add(PullRequest(azure.Groups["n"].Value, "#", links));
            description = description[azure.Length..].Trim();
        }

        var trailing = description.EndsWith(')') ? TrailingPullRequest().Match(description) : Match.Empty;
        if (trailing.Success)
        {
            references.Add(PullRequest(trailing.Groups["n"].Value, trailing.Groups["sigil"].Value, links));
            description = description[..trailing.Index].TrimEnd();
        }

        foreach (var footer in message.Footers)
        {
            if (IssueTokens.Contains(footer.Token))
            {
                var value = footer.Value.Trim();
                if (value.All(char.IsAsciiDigit) && value.Length > 0)
                {
                    // "Closes #12" may come from the parser as token "Closes" and value "12".
                    references.Add(Issue(value, links));
                    continue;
                }

                foreach (Match m in IssueNumber().Matches(value))
                {
                    references.Add(Issue(m.Groups["n"].Value, links));
                }
            }

            if (!footer.Value.Contains("CVE-", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match cve in CommitClassifier.Cve().Matches(footer.Value))
            {
                references.Add(new EntryReference(ReferenceKind.Advisory, cve.Value, $"https://www.cve.org/CVERecord?id={cve.Value}"));
            }
        }

        if (links is not null)
        {
            references.AddRange(InText(description, links));
        }

        var distinct = references.DistinctBy(r => r.Text, StringComparer.Ordinal).ToList();
        return (description.Length > 0 ? description : message.Description.Trim(), distinct);
    }

    /// <summary>
    /// The <c>#12</c> (GitLab also <c>!12</c>) and <c>@user</c> references written in the description itself, which a
    /// changelog file would otherwise show as plain text: forges link them in comments, not in a repository's files.
    /// </summary>
    private static IEnumerable<EntryReference> InText(string description, ForgeLinks links)
    {
        var numbers = description.AsSpan().IndexOfAny('#', '!') >= 0 ? InTextNumber().Matches(description) : null;
        foreach (Match m in numbers ?? (IEnumerable<Match>)[])
        {
            var number = m.Groups["n"].Value;
            if (m.Groups["sigil"].Value == "!")
            {
                if (links.Kind == ForgeKind.GitLab)
                {
                    yield return new(ReferenceKind.PullRequest, m.Value, links.PullRequestUrl(number), InText: true);
                }

                continue;
            }

            // The forge tells an issue from a pull request by its number: GitHub and Gitea redirect an issue link to
            // the pull request of that number.
            yield return new(ReferenceKind.Issue, m.Value, links.IssueUrl(number), InText: true);
        }

        var mentions = description.Contains('@', StringComparison.Ordinal) ? InTextMention().Matches(description) : null;
        foreach (Match m in mentions ?? (IEnumerable<Match>)[])
        {
            var url = links.UserUrl(m.Groups["handle"].Value);
            if (url is not null)
            {
                yield return new(ReferenceKind.Mention, m.Value, url, InText: true);
            }
        }
    }

    private static EntryReference PullRequest(string number, string sigil, ForgeLinks? links) =>
        sigil == "#" && links?.Kind == ForgeKind.GitLab
            ? Issue(number, links) // On GitLab "#12" is an issue; merge requests are "!12".
            : new(ReferenceKind.PullRequest, sigil + number, links?.PullRequestUrl(number));

    private static EntryReference Issue(string number, ForgeLinks? links) =>
        new(ReferenceKind.Issue, "#" + number, links?.IssueUrl(number));

    [GeneratedRegex(@"\s*\((?<sigil>[#!])(?<n>\d+)\)\s*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TrailingPullRequest();

    [GeneratedRegex(@"^Merged PR (?<n>\d+):\s*", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AzureMergedPr();

    [GeneratedRegex(@"(?<![\w/])#(?<n>\d+)\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex IssueNumber();

    // Not part of a word, an entity (&#39;), a path or URL (a/#1), or a longer token.
    [GeneratedRegex(@"(?<![\w&/#!.\\-])(?<sigil>[#!])(?<n>\d+)(?![\w-])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex InTextNumber();

    // Not an email (a@b.c), a path or a package scope (@types/node); a trailing '.' ends a sentence, not the handle.
    [GeneratedRegex(@"(?<![\w@./+\\-])@(?<handle>[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?)(?![\w@/-])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex InTextMention();
}

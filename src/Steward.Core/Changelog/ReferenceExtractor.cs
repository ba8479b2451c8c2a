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
        var azure = AzureMergedPr().Match(description);
        if (azure.Success)
        {
            references.Add(PullRequest(azure.Groups["n"].Value, "#", links));
            description = description[azure.Length..].Trim();
        }

        var trailing = TrailingPullRequest().Match(description);
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

            foreach (Match cve in CommitClassifier.Cve().Matches(footer.Value))
            {
                references.Add(new EntryReference(ReferenceKind.Advisory, cve.Value, $"https://www.cve.org/CVERecord?id={cve.Value}"));
            }
        }

        var distinct = references.DistinctBy(r => r.Text, StringComparer.Ordinal).ToList();
        return (description.Length > 0 ? description : message.Description.Trim(), distinct);
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
}

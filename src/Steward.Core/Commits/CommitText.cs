namespace Steward.Core.Commits;

/// <summary>Small readings of a commit's text beyond the spec's grammar: PR references, autosquash markers, reverts.</summary>
internal static class CommitText
{
    private static readonly string[] AutosquashPrefixes = ["fixup! ", "squash! ", "amend! "];

    private const string RevertSentence = "This reverts commit ";

    /// <summary>The number of a trailing <c>(#123)</c>: GitHub's and Gitea's squash subjects.</summary>
    public static string? TrailingPullRequest(string subject) => TrailingReference(subject, '#');

    /// <summary>
    /// The number of a trailing <c>(!12)</c>: a GitLab squash subject under the template <c>forge doctor --fix</c> sets
    /// (<c>%{title} (%{local_reference})</c>).
    /// </summary>
    public static string? TrailingMergeRequest(string subject) => TrailingReference(subject, '!');

    private static string? TrailingReference(string subject, char sigil)
    {
        var text = subject.TrimEnd();
        if (!text.EndsWith(')'))
        {
            return null;
        }

        var open = text.LastIndexOf(sigil == '#' ? "(#" : "(!", StringComparison.Ordinal);
        if (open < 0)
        {
            return null;
        }

        // Checked before it is cut out: this runs for every commit, and few subjects end in a reference.
        var digits = text.AsSpan()[(open + 2)..^1];
        return digits.Length > 0 && !digits.ContainsAnyExceptInRange('0', '9') ? digits.ToString() : null;
    }

    public static bool IsAutosquash(string subject)
    {
        // A loop, not Any with a lambda: this runs for every commit, more than once.
        foreach (var prefix in AutosquashPrefixes)
        {
            if (subject.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static IReadOnlyList<string> RevertedShas(CommitMessage message)
    {
        // Nearly every commit is no revert: answer those without splitting a line (this runs once per commit in range).
        var isRevertType = string.Equals(message.Type, "revert", StringComparison.Ordinal);
        if (!isRevertType
            && (message.Body is null || !message.Body.Contains(RevertSentence, StringComparison.Ordinal))
            && !AnyFooterSays(message, RevertSentence))
        {
            return [];
        }

        var shas = new List<string>();
        foreach (var line in (message.Body ?? string.Empty).Split('\n'))
        {
            AddRevertSentence(line, shas);
        }

        // git writes the sentence in the body; a hand-edited revert may leave it as the last paragraph, which reads as a footer value.
        foreach (var footer in message.Footers)
        {
            foreach (var line in footer.Value.Split('\n'))
            {
                AddRevertSentence(line, shas);
            }
        }

        if (shas.Count == 0 && isRevertType)
        {
            foreach (var footer in message.FootersNamed("Refs"))
            {
                foreach (var part in footer.Value.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries))
                {
                    if (IsSha(part))
                    {
                        shas.Add(part.ToLowerInvariant());
                    }
                }
            }
        }

        return shas;
    }

    private static bool AnyFooterSays(CommitMessage message, string text)
    {
        foreach (var footer in message.Footers)
        {
            if (footer.Value.Contains(text, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An abbreviated or full object name: 7 to 64 hex digits (SHA-1 or SHA-256 repositories).</summary>
    public static bool IsSha(string text) => text.Length is >= 7 and <= 64 && text.All(char.IsAsciiHexDigit);

    private static void AddRevertSentence(string line, List<string> shas)
    {
        var at = line.IndexOf(RevertSentence, StringComparison.Ordinal);
        if (at < 0)
        {
            return;
        }

        var start = at + RevertSentence.Length;
        var end = start;
        while (end < line.Length && char.IsAsciiHexDigit(line[end]))
        {
            end++;
        }

        var sha = line[start..end];
        if (IsSha(sha))
        {
            shas.Add(sha.ToLowerInvariant());
        }
    }
}

using System.Text.RegularExpressions;
using Steward.Core.Changelog.Splicing;
using Steward.Core.Errors;
using Steward.Core.Versioning;

namespace Steward.Core.Changelog.Advisory;

/// <summary>
/// The security advisory a backport's releases fix (<c>--advisory</c>): a GitHub advisory id
/// (<c>GHSA-xxxx-xxxx-xxxx</c>) or a CVE id (<c>CVE-YYYY-NNNN</c>, four or more digits). Every line's changelog entry and
/// tag message name it in the same line, <c>&gt; Security release: fixes ID.</c>, right under the release's heading.
/// </summary>
public sealed partial record SecurityAdvisory(string Id)
{
    /// <summary>The id as given, checked; GHSA ids are written lower case after the prefix, as GitHub writes them.</summary>
    public static SecurityAdvisory Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Cve().IsMatch(text))
        {
            return new SecurityAdvisory(text);
        }

        if (Ghsa().IsMatch(text))
        {
            return new SecurityAdvisory("GHSA" + text[4..].ToLowerInvariant());
        }

        throw Messages.AdvisoryNotAnId(text);
    }

    /// <summary>The note, as it appears in the changelog and the tag message.</summary>
    public string Line => $"> Security release: fixes {Id}.";

    /// <summary>The release notes with the note first (once).</summary>
    public string AddToNotes(string notes)
    {
        ArgumentNullException.ThrowIfNull(notes);
        return notes.Contains(Line, StringComparison.Ordinal) ? notes : Line + "\n\n" + notes.TrimStart('\n');
    }

    /// <summary>
    /// <paramref name="changelog"/> with the note under the heading of <paramref name="version"/>'s entry; unchanged when
    /// it has no such entry or names the advisory there already. Every other byte stays as it was.
    /// </summary>
    public string AddToChangelog(string changelog, SemanticVersion version)
    {
        ArgumentNullException.ThrowIfNull(changelog);
        ArgumentNullException.ThrowIfNull(version);
        var entry = ChangelogDocument.Parse(changelog).Releases
            .FirstOrDefault(r => r.Parsed is not null && SemanticVersion.ComparePrecedence(r.Parsed, version) == 0);
        if (entry is null || ChangelogEntryNotes.Find(changelog, version) is { } body && body.Contains(Line, StringComparison.Ordinal))
        {
            return changelog;
        }

        var newline = changelog.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var headingEnd = changelog.IndexOf('\n', entry.Start);
        var at = headingEnd < 0 ? changelog.Length : headingEnd + 1;
        var prefix = headingEnd < 0 ? newline : string.Empty;
        return changelog[..at] + prefix + newline + Line + newline + changelog[at..];
    }

    [GeneratedRegex(@"^CVE-[0-9]{4}-[0-9]{4,}\z", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Cve();

    [GeneratedRegex(@"^GHSA(-[23456789cfghjmpqrvwxCFGHJMPQRVWX]{4}){3}\z", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Ghsa();
}

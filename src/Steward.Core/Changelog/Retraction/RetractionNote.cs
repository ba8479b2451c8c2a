using System.Text.RegularExpressions;
using Steward.Core.Changelog.Splicing;
using Steward.Core.Versioning;

namespace Steward.Core.Changelog.Retraction;

/// <summary>
/// The record of a retracted release in the changelog: a line <c>&gt; 1.6.0 was retracted.</c> under that release's
/// heading. The changelog travels with the history, so every clone knows the version is taken although its tag was
/// deleted, and the next version is computed above it.
/// </summary>
public static partial class RetractionNote
{
    /// <summary>The note for <paramref name="version"/>, as it appears in the changelog.</summary>
    public static string Line(SemanticVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return $"> {version} was retracted.";
    }

    /// <summary>
    /// <paramref name="changelog"/> (null: no file yet) with the note under the heading of <paramref name="version"/>,
    /// or, when the changelog has no entry for it, in a new entry above the newest one. Every other byte stays as it
    /// was; a changelog that has the note already is returned unchanged.
    /// </summary>
    public static string Record(string? changelog, SemanticVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var line = Line(version);
        if (changelog is null)
        {
            return $"# Changelog\n\n## {version}\n\n{line}\n";
        }

        if (Read(changelog).Any(v => SemanticVersion.ComparePrecedence(v, version) == 0))
        {
            return changelog;
        }

        var newline = changelog.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var document = ChangelogDocument.Parse(changelog);
        var entry = document.Releases.FirstOrDefault(r => r.Parsed is not null && SemanticVersion.ComparePrecedence(r.Parsed, version) == 0);
        if (entry is not null)
        {
            var headingEnd = changelog.IndexOf('\n', entry.Start);
            var at = headingEnd < 0 ? changelog.Length : headingEnd + 1;
            var prefix = headingEnd < 0 ? newline : string.Empty;
            return changelog[..at] + prefix + newline + line + newline + changelog[at..];
        }

        var first = document.Releases.FirstOrDefault(r => !r.IsUnreleased);
        if (first is not null)
        {
            return changelog[..first.Start] + $"## {version}{newline}{newline}{line}{newline}{newline}" + changelog[first.Start..];
        }

        var body = $"## {version}{newline}{newline}{line}{newline}";
        if (changelog.Length == 0)
        {
            return body;
        }

        return changelog + (changelog.EndsWith('\n') ? newline : newline + newline) + body;
    }

    /// <summary>Every version the changelog records as retracted.</summary>
    public static IReadOnlyList<SemanticVersion> Read(string? changelog)
    {
        if (string.IsNullOrEmpty(changelog) || !changelog.Contains(" was retracted.", StringComparison.Ordinal))
        {
            return [];
        }

        var versions = new List<SemanticVersion>();
        foreach (Match match in Note().Matches(changelog))
        {
            if (SemanticVersion.TryParse(match.Groups["version"].Value, out var version))
            {
                versions.Add(version!);
            }
        }

        return versions;
    }

    [GeneratedRegex(@"^> (?<version>\S+) was retracted\.\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Note();
}

using System.Text.RegularExpressions;
using Steward.Core.Commits;

namespace Steward.Core.Changelog;

/// <summary>
/// Decides which section a commit belongs to. What matters to a reader outranks the type: a breaking change is a
/// breaking change whatever its type, then security, deprecations and dependency updates (so that
/// <c>chore(deps): bump x</c> is shown though <c>chore</c> is hidden), then the type's own section.
/// </summary>
public static partial class CommitClassifier
{
    /// <summary>The section key for <paramref name="commit"/>, or null when it is not shown.</summary>
    public static string? SectionOf(HistoryCommit commit, ChangelogOptions options)
    {
        if (IsLeftOut(commit, options))
        {
            return null;
        }

        // The first of the sections that apply which is shown: a breaking fix still appears under Bug Fixes when
        // the configuration leaves Breaking Changes out.
        foreach (var section in Candidates(commit, options))
        {
            if (options.Order.Contains(section))
            {
                return section;
            }
        }

        return null;
    }

    private static IEnumerable<string> Candidates(HistoryCommit commit, ChangelogOptions options)
    {
        var message = commit.Message;
        if (message.IsBreaking)
        {
            yield return SectionKeys.Breaking;
        }

        if (IsSecurity(message))
        {
            yield return SectionKeys.Security;
        }

        if (IsDeprecation(message))
        {
            yield return SectionKeys.Deprecations;
        }

        if (IsDependencyUpdate(commit))
        {
            yield return SectionKeys.Dependencies;
        }

        if (IsRevert(message))
        {
            yield return SectionKeys.Reverts;
        }

        var type = message.Type?.ToLowerInvariant();
        if (type is null)
        {
            yield return SectionKeys.Other;
        }
        else if (!options.HiddenTypes.Contains(type))
        {
            yield return options.Types.TryGetValue(type, out var mapped) ? mapped : SectionKeys.Other;
        }
    }

    /// <summary>Commits that never appear, not even among the contributors: skipped, excluded, merges, fixups.</summary>
    public static bool IsLeftOut(HistoryCommit commit, ChangelogOptions options)
    {
        var subject = commit.Message.Subject;
        return commit.Commit.IsMerge
            || commit.Message.IsAutosquash
            || options.SkipCommits.Any(s => commit.Commit.Sha.StartsWith(s, StringComparison.OrdinalIgnoreCase))
            || options.Exclude.Any(r => Text.UserRegex.Run("steward.yml: changelog.exclude", r, () => r.IsMatch(subject)));
    }

    public static bool IsSecurity(CommitMessage message) =>
        string.Equals(message.Type, "security", StringComparison.OrdinalIgnoreCase)
        || message.Footers.Any(f => f.Token.Equals("Security", StringComparison.OrdinalIgnoreCase) || MentionsCve(f.Value))
        || MentionsCve(message.Subject);

    /// <summary>
    /// A CVE identifier in <paramref name="text"/>. The literal "CVE-" is looked for first: this runs on every commit of
    /// a regenerated history, and a regular expression costs far more than a search that almost always fails.
    /// </summary>
    public static bool MentionsCve(string text) => text.Contains("CVE-", StringComparison.Ordinal) && Cve().IsMatch(text);

    public static bool IsDeprecation(CommitMessage message) =>
        string.Equals(message.Type, "deprecate", StringComparison.OrdinalIgnoreCase)
        || string.Equals(message.Type, "deprecation", StringComparison.OrdinalIgnoreCase)
        || message.Footers.Any(f => f.Token.Equals("Deprecated", StringComparison.OrdinalIgnoreCase));

    /// <summary><c>deps</c> as type or scope, or the subjects Dependabot and Renovate write.</summary>
    public static bool IsDependencyUpdate(HistoryCommit commit)
    {
        var message = commit.Message;
        var scope = message.Scope;
        return string.Equals(message.Type, "deps", StringComparison.OrdinalIgnoreCase)
            || string.Equals(scope, "deps", StringComparison.OrdinalIgnoreCase)
            || (scope is not null && scope.StartsWith("deps-", StringComparison.OrdinalIgnoreCase))
            || IsDependencyBot(commit.Commit.AuthorName)

            // Both forms the expression knows have " to " in them; most descriptions do not.
            || (message.Description.Contains(" to ", StringComparison.Ordinal) && DependencySubject().IsMatch(message.Description));
    }

    public static bool IsRevert(CommitMessage message) =>
        string.Equals(message.Type, "revert", StringComparison.OrdinalIgnoreCase) || message.Subject.StartsWith("Revert \"", StringComparison.Ordinal);

    public static bool IsDependencyBot(string name) =>
        name.StartsWith("dependabot", StringComparison.OrdinalIgnoreCase) || name.StartsWith("renovate", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\bCVE-\d{4}-\d{4,}\b", RegexOptions.CultureInvariant, 1000)]
    internal static partial Regex Cve();

    [GeneratedRegex(@"^(?:[Bb]ump|[Uu]pdate|[Uu]pgrade) \S.* from \S+ to \S+|^[Uu]pdate dependency \S+ to ", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DependencySubject();
}

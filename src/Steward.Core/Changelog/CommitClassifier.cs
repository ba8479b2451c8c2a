using System.Text.RegularExpressions;
using Steward.Core.Commits;

namespace Steward.Core.Changelog;

/// <summary>
/// Decides which sections a commit is listed in. What a reader must act on outranks the type: a breaking change is a
/// breaking change whatever its type, then security. A <c>feat</c> is a feature next, whatever its scope or footers
/// (<c>feat(deps): support react 19</c> is a feature). Then deprecations, dependency updates (so that
/// <c>chore(deps): bump x</c> is shown though <c>chore</c> is hidden) and reverts, then the type's own section. A
/// commit with a deprecation note that lands elsewhere is listed under Deprecations as well.
/// </summary>
public static partial class CommitClassifier
{
    /// <summary>The section key for <paramref name="commit"/> (the first it is listed in), or null when it is not shown.</summary>
    public static string? SectionOf(HistoryCommit commit, ChangelogOptions options)
    {
        var sections = SectionsOf(commit, options);
        return sections.Count == 0 ? null : sections[0];
    }

    /// <summary>
    /// Every section <paramref name="commit"/> is listed in: the first of the sections that apply which is shown (a
    /// breaking fix still appears under Bug Fixes when the configuration leaves Breaking Changes out), then
    /// Deprecations when the commit carries a deprecation note and went elsewhere. Empty when it is not shown.
    /// </summary>
    public static IReadOnlyList<string> SectionsOf(HistoryCommit commit, ChangelogOptions options)
    {
        if (IsLeftOut(commit, options))
        {
            return [];
        }

        var first = Candidates(commit, options).FirstOrDefault(options.Order.Contains);
        if (first is null)
        {
            return [];
        }

        return first != SectionKeys.Deprecations && IsDeprecation(commit.Message) && options.Order.Contains(SectionKeys.Deprecations)
            ? [first, SectionKeys.Deprecations]
            : [first];
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

        var type = message.Type?.ToLowerInvariant();
        var typeSection = type is null
            ? SectionKeys.Other
            : options.HiddenTypes.Contains(type) ? null : options.Types.GetValueOrDefault(type, SectionKeys.Other);
        if (typeSection == SectionKeys.Features)
        {
            yield return SectionKeys.Features;
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

        if (typeSection is not null)
        {
            yield return typeSection;
        }
    }

    /// <summary>
    /// The scope an entry of <paramref name="section"/> shows: none when the section is named after it (a
    /// Dependencies entry does not repeat <c>deps</c>, nor a Documentation entry <c>docs</c>), else the scope.
    /// </summary>
    public static string? ScopeShownIn(string section, string? scope)
    {
        if (string.IsNullOrWhiteSpace(scope))
        {
            return null;
        }

        var namedAfter = section switch
        {
            SectionKeys.Dependencies => string.Equals(scope, "deps", StringComparison.OrdinalIgnoreCase)
                || scope.StartsWith("deps-", StringComparison.OrdinalIgnoreCase)
                || string.Equals(scope, "dependencies", StringComparison.OrdinalIgnoreCase),
            SectionKeys.Documentation => string.Equals(scope, "docs", StringComparison.OrdinalIgnoreCase),
            SectionKeys.Security => string.Equals(scope, "security", StringComparison.OrdinalIgnoreCase),
            SectionKeys.Performance => string.Equals(scope, "perf", StringComparison.OrdinalIgnoreCase),
            _ => string.Equals(scope, section, StringComparison.OrdinalIgnoreCase),
        };
        return namedAfter ? null : scope;
    }

    /// <summary>
    /// Commits that never appear, not even among the contributors: skipped, excluded, merges (but a pull request's
    /// merge under <c>commits.merges: pr-title</c> or <c>both</c>), fixups.
    /// </summary>
    public static bool IsLeftOut(HistoryCommit commit, ChangelogOptions options)
    {
        if (!commit.CountsOwnMessage(options.Merges, includeMerges: false) || commit.Message.IsAutosquash)
        {
            return true;
        }

        // Loops, not Any with lambdas: this runs twice for every commit, and both lists are usually empty.
        foreach (var skipped in options.SkipCommits)
        {
            if (commit.Commit.Sha.StartsWith(skipped, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        var subject = commit.Message.Subject;
        foreach (var exclude in options.Exclude)
        {
            if (Text.UserRegex.Run("steward.yml: changelog.exclude", exclude, () => exclude.IsMatch(subject)))
            {
                return true;
            }
        }

        return false;
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

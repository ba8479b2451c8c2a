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

        var message = commit.Message;
        var type = message.Type?.ToLowerInvariant();
        var section = message.IsBreaking ? SectionKeys.Breaking
            : IsSecurity(message) ? SectionKeys.Security
            : IsDeprecation(message) ? SectionKeys.Deprecations
            : IsDependencyUpdate(commit) ? SectionKeys.Dependencies
            : IsRevert(message) ? SectionKeys.Reverts
            : type is null ? SectionKeys.Other
            : options.HiddenTypes.Contains(type) ? null
            : options.Types.TryGetValue(type, out var mapped) ? mapped
            : SectionKeys.Other;
        return section is not null && options.Order.Contains(section) ? section : null;
    }

    /// <summary>Commits that never appear, not even among the contributors: skipped, excluded, merges, fixups.</summary>
    public static bool IsLeftOut(HistoryCommit commit, ChangelogOptions options)
    {
        var subject = commit.Message.Subject;
        return commit.Commit.IsMerge
            || subject.StartsWith("fixup! ", StringComparison.Ordinal)
            || subject.StartsWith("squash! ", StringComparison.Ordinal)
            || subject.StartsWith("amend! ", StringComparison.Ordinal)
            || options.SkipCommits.Any(s => commit.Commit.Sha.StartsWith(s, StringComparison.OrdinalIgnoreCase))
            || options.Exclude.Any(r => r.IsMatch(subject));
    }

    public static bool IsSecurity(CommitMessage message) =>
        message.Type?.ToLowerInvariant() == "security"
        || message.Footers.Any(f => f.Token.Equals("Security", StringComparison.OrdinalIgnoreCase) || Cve().IsMatch(f.Value))
        || Cve().IsMatch(message.Subject);

    public static bool IsDeprecation(CommitMessage message) =>
        message.Type?.ToLowerInvariant() is "deprecate" or "deprecation"
        || message.Footers.Any(f => f.Token.Equals("Deprecated", StringComparison.OrdinalIgnoreCase));

    /// <summary><c>deps</c> as type or scope, or the subjects Dependabot and Renovate write.</summary>
    public static bool IsDependencyUpdate(HistoryCommit commit)
    {
        var message = commit.Message;
        var scope = message.Scope?.ToLowerInvariant();
        return message.Type?.ToLowerInvariant() == "deps"
            || scope is "deps" || (scope is not null && scope.StartsWith("deps-", StringComparison.Ordinal))
            || IsDependencyBot(commit.Commit.AuthorName)
            || DependencySubject().IsMatch(message.Description);
    }

    public static bool IsRevert(CommitMessage message) =>
        message.Type?.ToLowerInvariant() == "revert" || message.Subject.StartsWith("Revert \"", StringComparison.Ordinal);

    public static bool IsDependencyBot(string name) =>
        name.StartsWith("dependabot", StringComparison.OrdinalIgnoreCase) || name.StartsWith("renovate", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\bCVE-\d{4}-\d{4,}\b", RegexOptions.CultureInvariant, 1000)]
    internal static partial Regex Cve();

    [GeneratedRegex(@"^(?:[Bb]ump|[Uu]pdate|[Uu]pgrade) \S.* from \S+ to \S+|^[Uu]pdate dependency \S+ to ", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DependencySubject();
}

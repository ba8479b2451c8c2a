using Steward.Core.Configuration;

namespace Steward.Core.Commits;

/// <summary>
/// Checks a commit message against Conventional Commits 1.0.0 and the project's rules (types, scopes, header
/// length). Messages git writes itself (merges, reverts) and autosquash commits are exempt.
/// </summary>
public sealed class CommitLinter
{
    /// <summary>The usual types (commitlint's config-conventional), allowed unless <c>commits.lint.types</c> says otherwise.</summary>
    public static readonly IReadOnlyList<string> DefaultTypes =
        ["build", "chore", "ci", "docs", "feat", "fix", "perf", "refactor", "revert", "style", "test"];

    private readonly CommitLintConfig config;
    private readonly SortedSet<string> types;

    public CommitLinter(CommitLintConfig config, BumpPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(policy);
        this.config = config;
        types = config.Types.Count > 0
            ? new SortedSet<string>(config.Types.Select(t => t.ToLowerInvariant()), StringComparer.Ordinal)
            : new SortedSet<string>(DefaultTypes.Concat(policy.KnownTypes), StringComparer.Ordinal);
    }

    /// <summary>True for messages the lint leaves alone: git's merges and reverts, and fixup!/squash!/amend! commits.</summary>
    public static bool IsExempt(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var subject = message.TrimStart().Split('\n')[0];
        if (subject.StartsWith("Merge ", StringComparison.Ordinal) || CommitText.IsAutosquash(subject))
        {
            return true;
        }

        return subject.StartsWith("Revert \"", StringComparison.Ordinal) && message.Contains("This reverts commit ", StringComparison.Ordinal);
    }

    public IReadOnlyList<LintViolation> Lint(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var violations = new List<LintViolation>();
        var lines = message.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd().Split('\n');
        var header = lines[0].Trim();
        if (header.Length == 0)
        {
            violations.Add(new("header-format", "the message is empty", "write 'type(scope): description', e.g. 'fix(parser): handle empty input'"));
            return violations;
        }

        var parsed = ConventionalCommitParser.Parse(message);
        if (!parsed.IsConventional)
        {
            violations.Add(HeaderProblem(header));
        }
        else
        {
            CheckTypeAndScope(parsed, header, violations);
        }

        if (header.Length > config.MaxHeaderLength)
        {
            violations.Add(new("header-max-length", $"the header is {header.Length} characters, more than {config.MaxHeaderLength}",
                "shorten it and move details to the body"));
        }

        if (lines.Length > 1 && lines[1].Trim().Length > 0)
        {
            violations.Add(new("body-leading-blank", "line 2 is not blank", "leave one blank line between the header and the body"));
        }

        CheckBreakingChangeFooters(lines, parsed, violations);
        return violations;
    }

    private void CheckTypeAndScope(CommitMessage parsed, string header, List<LintViolation> violations)
    {
        var writtenType = header[..parsed.Type!.Length];
        if (!types.Contains(parsed.Type))
        {
            violations.Add(new("type-enum", $"type '{writtenType}' is not one of the allowed types", $"use one of {string.Join(", ", types)} (or add it under commits.lint.types in steward.yml)"));
        }
        else if (!string.Equals(writtenType, parsed.Type, StringComparison.Ordinal))
        {
            violations.Add(new("type-case", $"type '{writtenType}' is not in lower case", $"write '{parsed.Type}'"));
        }

        if (parsed.Scope is null && config.RequireScope)
        {
            violations.Add(new("scope-required", "the header names no scope", $"write '{parsed.Type}(scope): ...'{ScopeHint()}"));
        }
        else if (parsed.Scope is not null && config.Scopes.Count > 0 && !config.Scopes.Contains(parsed.Scope, StringComparer.Ordinal))
        {
            violations.Add(new("scope-enum", $"scope '{parsed.Scope}' is not one of the allowed scopes", $"use one of {string.Join(", ", config.Scopes)}"));
        }
    }

    private string ScopeHint() => config.Scopes.Count > 0 ? $" with one of {string.Join(", ", config.Scopes)}" : string.Empty;

    /// <summary>Says what is wrong with a header that is not <c>type(scope)!: description</c>, as precisely as it can.</summary>
    private static LintViolation HeaderProblem(string header)
    {
        const string Example = "e.g. 'fix(parser): handle empty input'";
        if (header.StartsWith("Revert \"", StringComparison.Ordinal))
        {
            return new("header-format", $"'{Shorten(header)}' does not say which commit it reverts",
                "revert with 'git revert', which adds 'This reverts commit SHA.', or write 'revert: description' with a 'Refs: SHA' footer");
        }

        var colon = header.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return new("header-format", $"'{Shorten(header)}' has no type", $"start with a type and ': ', {Example}");
        }

        var prefix = header[..colon];
        if (prefix.EndsWith(' '))
        {
            return new("header-format", $"'{Shorten(header)}' has a space before the colon", $"write '{prefix.TrimEnd()}: ...'");
        }

        if (colon + 1 < header.Length && header[colon + 1] != ' ')
        {
            return new("header-format", $"'{Shorten(header)}' has no space after the colon", $"write '{prefix}: {header[(colon + 1)..]}'");
        }

        if (header[(colon + 1)..].Trim().Length == 0)
        {
            return new("header-format", $"'{Shorten(header)}' has no description", "say what the commit does after the colon");
        }

        if (prefix.Contains("()", StringComparison.Ordinal))
        {
            return new("header-format", $"'{Shorten(header)}' has an empty scope", "name a scope in the parentheses, or drop them");
        }

        return new("header-format", $"'{Shorten(header)}' is not 'type(scope): description'", $"the type is one word of letters, {Example}");
    }

    /// <summary>BREAKING CHANGE must be upper case and in a footer, or it does not count; both mistakes hide a major release.</summary>
    private static void CheckBreakingChangeFooters(string[] lines, CommitMessage parsed, List<LintViolation> violations)
    {
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i];
            foreach (var token in new[] { ConventionalCommitParser.BreakingChangeToken, ConventionalCommitParser.BreakingChangeHyphenToken })
            {
                if (line.Length <= token.Length || !line.StartsWith(token, StringComparison.OrdinalIgnoreCase) || line[token.Length] != ':')
                {
                    continue;
                }

                if (!line.StartsWith(token, StringComparison.Ordinal))
                {
                    violations.Add(new("breaking-change-case", $"line {i + 1} writes '{line[..token.Length]}'", $"write '{token}' in upper case, or it is not a breaking change"));
                }
                else if (!parsed.Footers.Any(f => f.Token == token && line[(token.Length + 1)..].Trim().StartsWith(f.Value.Split('\n')[0], StringComparison.Ordinal)))
                {
                    violations.Add(new("breaking-change-footer", $"line {i + 1}: '{token}:' is inside the body, so it is not a footer", "put a blank line before it, after the body"));
                }
            }
        }
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}

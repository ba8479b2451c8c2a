namespace Steward.Core.Commits;

/// <summary>One broken rule: its name (for configuration and search), what is wrong, and how to fix it.</summary>
public sealed record LintViolation(string Rule, string Problem, string Fix)
{
    public override string ToString() => $"{Rule}: {Problem}; {Fix}";
}

namespace Steward.Commands;

/// <summary>One broken rule in <c>steward lint --json</c>: its name, what is wrong, and how to fix it.</summary>
internal sealed record LintViolationOutput(string Rule, string Problem, string Fix);

namespace Steward.Commands;

/// <summary>A message with violations in <c>steward lint --json</c>: its commit (null for a message file), subject and violations.</summary>
internal sealed record LintedMessageOutput(string? Sha, string Subject, IReadOnlyList<LintViolationOutput> Violations);

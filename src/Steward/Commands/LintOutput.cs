namespace Steward.Commands;

/// <summary>
/// What <c>steward lint --json</c> prints: the message file or the range checked, how many messages were checked and
/// failed, the number of problems, and each failing message with its violations.
/// </summary>
internal sealed record LintOutput(string? File, int Checked, int Failed, int Problems, IReadOnlyList<LintedMessageOutput> Messages);

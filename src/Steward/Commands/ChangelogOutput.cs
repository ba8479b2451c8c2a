namespace Steward.Commands;

/// <summary>
/// What <c>steward changelog --json</c> prints: the file, the version added (null with --regenerate), the number of
/// release tags a regeneration wrote, whether the file changes and was written (not with --dry-run), and the
/// unified diff of the change (null when nothing changes).
/// </summary>
internal sealed record ChangelogOutput(string File, string? Version, bool Regenerate, int? Tags, bool Changed, bool Written, string? Diff);

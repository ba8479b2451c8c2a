namespace Steward.Commands;

/// <summary>
/// One component's part of <c>steward changelog --json</c> in a monorepo: as <see cref="ChangelogOutput"/>, with the
/// component's name; the version is null when the component has nothing to add.
/// </summary>
internal sealed record ComponentChangelogOutput(string Component, string File, string? Version, bool Regenerate, int? Tags, bool Changed, bool Written, string? Diff);

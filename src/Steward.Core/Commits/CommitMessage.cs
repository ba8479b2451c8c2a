namespace Steward.Core.Commits;

/// <summary>
/// A commit message read by the Conventional Commits parser. A message that is not conventional keeps its subject as
/// <see cref="Description"/> with <see cref="IsConventional"/> false and no type: it is "other", never an error.
/// </summary>
public sealed record CommitMessage(
    bool IsConventional,
    string? Type,
    string? Scope,
    bool IsBreaking,
    string Description,
    string? Body,
    IReadOnlyList<CommitFooter> Footers,
    IReadOnlyList<string> BreakingNotes,
    string Subject);

namespace Steward.Core.Changelog;

/// <summary>
/// One line of a changelog: a commit's description (raw, as written), its scope when shown, its sha, the pull
/// requests and issues it refers to, its authors, and, for a breaking change, the migration text.
/// </summary>
public sealed record ReleaseEntry(
    string Description,
    string? Scope,
    string Sha,
    string ShortSha,
    string? CommitUrl,
    IReadOnlyList<EntryReference> References,
    IReadOnlyList<Person> Authors,
    bool IsBreaking,
    IReadOnlyList<string> BreakingNotes);

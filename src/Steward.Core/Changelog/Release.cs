namespace Steward.Core.Changelog;

/// <summary>
/// One release as the changelog and release notes show it: sections in their configured order (empty ones
/// included, so a template can show them or not), the breaking changes with their migration text, and the people
/// who made it.
/// </summary>
public sealed record Release(
    ReleaseInfo Info,
    string? CompareUrl,
    string? TagUrl,
    IReadOnlyList<ReleaseSection> Sections,
    IReadOnlyList<ReleaseEntry> BreakingChanges,
    IReadOnlyList<Person> Contributors)
{
    /// <summary>Whether any section has an entry: a release with none still gets its heading.</summary>
    public bool HasEntries => Sections.Any(s => s.Entries.Count > 0);

    /// <summary>The components it depends on that release with it, and their new versions (a monorepo's cascade).</summary>
    public IReadOnlyList<DependencyUpdate> Dependencies { get; init; } = [];

    /// <summary>Whether it has anything to list: an entry, or a dependency updated with it.</summary>
    public bool HasChanges => HasEntries || Dependencies.Count > 0;
}

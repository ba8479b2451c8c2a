namespace Steward.Core.Changelog;

/// <summary>One section of a release (Features, Bug Fixes, ...), by its key and configured title.</summary>
public sealed record ReleaseSection(string Key, string Title, IReadOnlyList<ReleaseEntry> Entries);

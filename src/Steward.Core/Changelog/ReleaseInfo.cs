namespace Steward.Core.Changelog;

/// <summary>
/// What is known about a release before its commits are read: its version and tag, its date (the tag's date, or
/// today for an unreleased one, always given by the caller: Core never reads a clock) and the release before it.
/// </summary>
public sealed record ReleaseInfo(string Version, string TagName, DateOnly Date, string? PreviousVersion, string? PreviousTagName);

namespace Steward.Core.Changelog;

/// <summary>
/// A pull request, issue, advisory or person a commit refers to, as shown (<c>#12</c>, <c>!7</c>, <c>CVE-2026-1234</c>,
/// <c>@octocat</c>) with its link. <see cref="InText"/> marks one written in the description itself, which is linked
/// where it stands rather than listed after it.
/// </summary>
public sealed record EntryReference(ReferenceKind Kind, string Text, string? Url, bool InText = false);

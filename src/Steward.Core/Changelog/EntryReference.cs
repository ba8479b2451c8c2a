namespace Steward.Core.Changelog;

/// <summary>A pull request, issue or advisory a commit refers to, as shown (<c>#12</c>, <c>!7</c>, <c>CVE-2026-1234</c>) with its link.</summary>
public sealed record EntryReference(ReferenceKind Kind, string Text, string? Url);

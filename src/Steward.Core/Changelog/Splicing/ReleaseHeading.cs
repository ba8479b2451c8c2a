using Steward.Core.Versioning;

namespace Steward.Core.Changelog.Splicing;

/// <summary>
/// A level-2 heading that opens a release in a changelog (<c>## [1.2.0] - 2026-01-01</c>, <c>## v1.2.0</c>) or the
/// Unreleased section; <see cref="Start"/> is where its line begins, <see cref="Line"/> its 1-based line number.
/// </summary>
public sealed record ReleaseHeading(string? Version, SemanticVersion? Parsed, bool IsUnreleased, int Start, int Line);

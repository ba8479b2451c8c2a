using Steward.Core.Changelog;

namespace Steward.Commands;

/// <summary>One component's changelog checked against its release tags: the file and what disagrees (empty: it agrees).</summary>
internal sealed record ChangelogCheckResult(string File, IReadOnlyList<ChangelogTagProblem> Problems);

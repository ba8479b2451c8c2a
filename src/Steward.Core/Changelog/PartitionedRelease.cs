using Steward.Core.Commits;

namespace Steward.Core.Changelog;

/// <summary>One release's commits as <see cref="ReleasePartitioner"/> found them, in walk order; <see cref="Index"/> is the tag's place, ascending by version.</summary>
public sealed record PartitionedRelease(int Index, IReadOnlyList<HistoryCommit> Commits);

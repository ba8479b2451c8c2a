using Steward.Core.Versioning;

namespace Steward.Core.Commits;

/// <summary>A commit of the range with the bump it asks for and why.</summary>
public sealed record DecidedCommit(HistoryCommit Commit, BumpLevel Level, CommitRole Role);

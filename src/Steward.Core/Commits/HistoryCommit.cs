namespace Steward.Core.Commits;

/// <summary>A commit with its parsed message: what the bump policy, the log and the changelog work on.</summary>
public sealed record HistoryCommit(CommitRecord Commit, CommitMessage Message);

using Steward.Core.Commits;

namespace Steward.Git;

/// <summary>A commit and the files it touches, paths relative to the repository root.</summary>
internal sealed record CommitWithFiles(HistoryCommit Commit, IReadOnlyList<string> Files);

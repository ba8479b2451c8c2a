using Steward.Core.Configuration;

namespace Steward.Git;

/// <summary>
/// HEAD as git answered when the repository was found (the same one <c>git rev-parse</c>): the commit, the shallow
/// boundary list when the clone is shallow, and the branch checked out. A snapshot: only a verb that does not move HEAD
/// before reading history may use it in place of asking git again.
/// </summary>
/// <param name="Sha">The commit HEAD points at.</param>
/// <param name="ShallowFile">The full path of the shallow boundary list when the clone is shallow, else null.</param>
/// <param name="BranchRef">The full name of the branch checked out (<c>refs/heads/main</c>); null when HEAD is detached.</param>
/// <param name="CommitsDefaultChangelog">
/// Whether HEAD's tree has an entry at the default changelog path (<see cref="ChangelogConfig.DefaultFile"/>): when it
/// has none, there is no committed changelog to read retractions from, and no git needs to be asked for one.
/// </param>
internal sealed record RepositoryHead(string Sha, string? ShallowFile, string? BranchRef, bool CommitsDefaultChangelog);

namespace Steward.Core.Commits;

/// <summary>
/// A commit message read by the Conventional Commits parser. A message that is not conventional keeps its subject as
/// <see cref="Description"/> with <see cref="IsConventional"/> false and no type: it is "other", never an error.
/// </summary>
public sealed record CommitMessage(
    bool IsConventional,
    string? Type,
    string? Scope,
    bool IsBreaking,
    string Description,
    string? Body,
    IReadOnlyList<CommitFooter> Footers,
    IReadOnlyList<string> BreakingNotes,
    string Subject)
{
    /// <summary>
    /// The pull request number a squash merge appends to the subject (<c>feat: x (#123)</c> gives 123), or null.
    /// The description keeps the reference too, so a changelog line still links it.
    /// </summary>
    public string? PullRequest => CommitText.TrailingPullRequest(Subject);

    /// <summary>
    /// The merge request number a GitLab squash subject ends with (<c>feat: x (!12)</c> gives 12, under the squash
    /// template <c>forge doctor --fix</c> sets), or null. On GitLab <c>#12</c> is an issue, so this is its squash reference.
    /// </summary>
    public string? MergeRequest => CommitText.TrailingMergeRequest(Subject);

    /// <summary>
    /// A <c>fixup!</c>, <c>squash!</c> or <c>amend!</c> commit: meant to be folded into another by
    /// <c>git rebase --autosquash</c>, so it never decides a version on its own.
    /// </summary>
    public bool IsAutosquash => CommitText.IsAutosquash(Subject);

    /// <summary>
    /// The commits this one reverts: git's <c>This reverts commit SHA.</c>, or for a conventional <c>revert:</c>
    /// commit the shas in its <c>Refs:</c> footer, as the spec suggests. Empty when it is not a revert.
    /// </summary>
    public IReadOnlyList<string> RevertedShas => CommitText.RevertedShas(this);

    /// <summary>The footers whose token is <paramref name="token"/> (tokens compare case-insensitively, as the spec says).</summary>
    public IEnumerable<CommitFooter> FootersNamed(string token) =>
        Footers.Where(f => string.Equals(f.Token, token, StringComparison.OrdinalIgnoreCase));
}

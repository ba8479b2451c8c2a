namespace Steward.Core.Commits;

/// <summary>A commit with its parsed message: what the bump policy, the log and the changelog work on.</summary>
public sealed record HistoryCommit(CommitRecord Commit, CommitMessage Message)
{
    /// <summary>
    /// The pull request this merge commit merged, as the forge wrote it into the message; null for any other commit.
    /// <see cref="Message"/> is then the pull request's title and description, not the merge's subject.
    /// </summary>
    public PullRequestMerge? MergedPullRequest { get; init; }

    /// <summary>
    /// The notes the pull request's description asks for (see <see cref="PullRequestNotes"/>): null when it names
    /// none and the description stands, empty when it says <c>NONE</c>.
    /// </summary>
    public IReadOnlyList<string>? ReleaseNotes { get; init; }

    /// <summary>
    /// The sha of the pull request merge whose title stands for this commit, when it was worked out on a whole
    /// history before the commits were shared out (a monorepo's components each get some of them); null otherwise.
    /// </summary>
    public string? ListedUnderMerge { get; init; }

    /// <summary>
    /// Reads <paramref name="record"/>'s message: a merge a forge wrote is read as its pull request's title and
    /// description; a squash merge's description (the body under <c>title (#15)</c>, or GitLab's <c>title (!12)</c>) may
    /// name the notes.
    /// </summary>
    public static HistoryCommit Read(CommitRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.IsMerge && (PullRequestMerge.Read(record.Message) ?? PullRequestMerge.ReadTitled(record.Message)) is { } merged)
        {
            return new HistoryCommit(record, ConventionalCommitParser.Parse(merged.AsMessage()))
            {
                MergedPullRequest = merged,
                ReleaseNotes = PullRequestNotes.Read(merged.Description),
            };
        }

        var message = ConventionalCommitParser.Parse(record.Message);
        // A squash subject names its pull request (GitHub, Gitea: "(#15)"; GitLab: "(!12)"): the body is its description.
        if (record.IsMerge || (message.PullRequest is null && message.MergeRequest is null))
        {
            return new HistoryCommit(record, message);
        }

        // The whole text under the subject: a Release-Note trailer is a footer to the parser, not part of the body.
        var text = record.Message;
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        return new HistoryCommit(record, message)
        {
            ReleaseNotes = newline < 0 ? null : PullRequestNotes.Read(text[(newline + 1)..]),
        };
    }

    /// <summary>
    /// True when the commit's own message counts under <paramref name="merges"/>: any commit but a merge, a merge a
    /// forge wrote when the policy lists pull request titles, and every merge with <c>commits.includeMerges</c>.
    /// </summary>
    public bool CountsOwnMessage(MergePolicy merges, bool includeMerges) =>
        !Commit.IsMerge || includeMerges || (MergedPullRequest is not null && merges != MergePolicy.BranchCommits);
}

namespace Steward.Git;

/// <summary>
/// The one place that builds the command line of a git command that changes a repository. Every argv starts with
/// <c>git</c> and is exactly what runs; paths, refs and revisions always follow a <c>--</c>, added here and nowhere
/// else, so that a name starting with '-' is data and never an option.
/// </summary>
internal static class GitWrites
{
    public static IReadOnlyList<string> Fetch(string remote) => Build(["fetch", "--quiet"], [remote]);

    public static IReadOnlyList<string> Add(IReadOnlyList<string> paths) => Build(["add"], paths);

    /// <summary>Commits exactly <paramref name="paths"/>, whatever else the index holds; the message is kept as written.</summary>
    public static IReadOnlyList<string> Commit(string message, IReadOnlyList<string> paths) =>
        Build(["commit", "--quiet", "--cleanup=whitespace", "-m", message], paths);

    /// <summary>
    /// An annotated (or signed) tag at HEAD whose message git reads from standard input, kept verbatim apart from
    /// surrounding blank lines: Markdown headings start with '#', which git would otherwise strip as comments.
    /// </summary>
    public static IReadOnlyList<string> TagFromInput(string tag, bool sign) => TagFromFile(tag, "-", sign);

    /// <summary>As <see cref="TagFromInput"/>, with the message in a file.</summary>
    public static IReadOnlyList<string> TagFromFile(string tag, string messageFile, bool sign) =>
        Build(["tag", sign ? "--sign" : "--annotate", "--cleanup=whitespace", $"--file={messageFile}"], [tag]);

    public static IReadOnlyList<string> DeleteTag(string tag) => Build(["tag", "--delete"], [tag]);

    /// <summary>Moves the branch back to <paramref name="commit"/> without touching the index or files.</summary>
    public static IReadOnlyList<string> ResetSoft(string commit) => Build(["reset", "--quiet", "--soft", commit], []);

    /// <summary>Makes the current branch unborn again (undoing the first commit of a repository).</summary>
    public static IReadOnlyList<string> DeleteHead() => Build(["update-ref", "-d", "HEAD"], []);

    public static IReadOnlyList<string> ReadTree(string tree) => Build(["read-tree"], [tree]);

    /// <summary>Puts a tracked file back as it is in <paramref name="source"/>, in the work tree only.</summary>
    public static IReadOnlyList<string> RestoreFile(string source, string path) => Build(["restore", $"--source={source}", "--worktree"], [path]);

    /// <summary>
    /// Pushes HEAD to <paramref name="branch"/> and, when given, the tag, in one atomic push: the remote gets all or
    /// nothing. Porcelain output says, per ref, whether this push created it.
    /// </summary>
    public static IReadOnlyList<string> PushAtomic(string remote, string branch, string? tag) =>
        Build(["push", "--atomic", "--porcelain"], tag is null ? [remote, $"HEAD:refs/heads/{branch}"] : [remote, $"HEAD:refs/heads/{branch}", $"refs/tags/{tag}"]);

    /// <summary>One atomic push of the branch and every tag of a monorepo release: all of them arrive, or none.</summary>
    public static IReadOnlyList<string> PushAtomicTags(string remote, string branch, IReadOnlyList<string> tags) =>
        Build(["push", "--atomic", "--porcelain"], [remote, $"HEAD:refs/heads/{branch}", .. tags.Select(t => $"refs/tags/{t}")]);

    /// <summary>More of a release's tags, after the push that carried the branch (release.tagsPerPush).</summary>
    public static IReadOnlyList<string> PushTags(string remote, IReadOnlyList<string> tags) =>
        Build(["push", "--atomic", "--porcelain"], [remote, .. tags.Select(t => $"refs/tags/{t}")]);

    /// <summary>Switches the work tree to <paramref name="branch"/>.</summary>
    public static IReadOnlyList<string> Switch(string branch) => Build(["switch", "--quiet"], [branch]);

    /// <summary>Detaches HEAD at <paramref name="commit"/> (back where a run that began detached started).</summary>
    public static IReadOnlyList<string> SwitchDetached(string commit) => Build(["switch", "--quiet", "--detach"], [commit]);

    /// <summary>Creates <paramref name="branch"/> at <paramref name="startPoint"/> and switches to it, tracking nothing.</summary>
    public static IReadOnlyList<string> SwitchCreate(string branch, string startPoint) => Build(["switch", "--quiet", "--no-track", "-c", branch], [startPoint]);

    /// <summary>Merges <paramref name="branch"/> into the current branch; a conflict leaves git's merge state for the user.</summary>
    public static IReadOnlyList<string> Merge(string branch, bool noFastForward, string message) =>
        Build(["merge", "--quiet", noFastForward ? "--no-ff" : "--ff", "-m", message], [branch]);

    /// <summary>Concludes a merge whose conflicts the user resolved and staged, with git's prepared message.</summary>
    public static IReadOnlyList<string> ConcludeMerge() => Build(["commit", "--quiet", "--no-edit"], []);

    // git merge --abort and --quit take no operand and refuse even a "--".
    public static IReadOnlyList<string> MergeAbort() => ["git", "merge", "--abort"];

    /// <summary>Forgets git's merge state and touches nothing else (for a merge that is committed already).</summary>
    public static IReadOnlyList<string> MergeQuit() => ["git", "merge", "--quit"];

    /// <summary>Moves a ref only if it still points at <paramref name="expectedOld"/> (empty: only if it does not exist).</summary>
    public static IReadOnlyList<string> UpdateRef(string fullRef, string newValue, string expectedOld) =>
        Build(["update-ref", "-m", "steward"], [fullRef, newValue, expectedOld]);

    /// <summary>Deletes a ref, only if it still points at <paramref name="expectedOld"/> when given.</summary>
    public static IReadOnlyList<string> DeleteRef(string fullRef, string? expectedOld = null) =>
        Build(["update-ref", "-m", "steward", "-d"], expectedOld is null ? [fullRef] : [fullRef, expectedOld]);

    /// <summary>Moves the current branch back to <paramref name="commit"/>, keeping local changes; git refuses if they would be lost.</summary>
    public static IReadOnlyList<string> ResetKeep(string commit) => Build(["reset", "--quiet", "--keep", commit], []);

    /// <summary>Puts a file back in the index and the work tree as HEAD has it.</summary>
    public static IReadOnlyList<string> RestoreFromHead(string path) => Build(["restore", "--quiet", "--source=HEAD", "--staged", "--worktree"], [path]);

    /// <summary>Takes a file HEAD does not have out of the index (if it is there), leaving the work tree alone.</summary>
    public static IReadOnlyList<string> Unstage(string path) => Build(["rm", "--cached", "--quiet", "--ignore-unmatch"], [path]);

    /// <summary>Creates <paramref name="branch"/> at <paramref name="startPoint"/>, tracking nothing.</summary>
    public static IReadOnlyList<string> CreateBranch(string branch, string startPoint) => Build(["branch", "--no-track"], [branch, startPoint]);

    /// <summary>Commits exactly one path as the work tree has it, whatever else the index holds.</summary>
    public static IReadOnlyList<string> CommitOnly(string message, string path) => Build(["commit", "--quiet", "--only", "-m", message], [path]);

    /// <summary>Commits the index as it is, with a message.</summary>
    public static IReadOnlyList<string> CommitIndex(string message) => Build(["commit", "--quiet", "-m", message], []);

    /// <summary>
    /// Refspecs (<c>SRC:DST</c>, <c>:DST</c> to delete) in one atomic push: the remote takes all or none. Porcelain
    /// output says, per ref, what the push did.
    /// </summary>
    public static IReadOnlyList<string> PushRefspecs(string remote, IReadOnlyList<string> refspecs) =>
        Build(["push", "--atomic", "--porcelain"], [remote, .. refspecs]);

    /// <summary>
    /// As <see cref="PushRefspecs"/>, and <paramref name="leasedRef"/> is changed (or deleted) on the remote only while it
    /// still names <paramref name="expected"/> there: a ref someone else has moved rejects the whole atomic push.
    /// </summary>
    public static IReadOnlyList<string> PushRefspecsWithLease(string remote, IReadOnlyList<string> refspecs, string leasedRef, string expected) =>
        Build(["push", "--atomic", "--porcelain", $"--force-with-lease={leasedRef}:{expected}"], [remote, .. refspecs]);

    /// <summary>
    /// A commit of <paramref name="tree"/> with <paramref name="parents"/> and the message on standard input; it writes
    /// an object and moves no ref (an in-memory merge, planned before any ref moves).
    /// </summary>
    public static IReadOnlyList<string> CommitTree(string tree, IReadOnlyList<string> parents) =>
        ["git", "commit-tree", .. parents.SelectMany(p => new[] { "-p", p }), tree];

    /// <summary>A linked work tree at <paramref name="directory"/> with <paramref name="branch"/> checked out (to read a branch as it is).</summary>
    public static IReadOnlyList<string> AddWorkTree(string directory, string branch) => WithoutHooks(Build(["worktree", "add", "--quiet"], [directory, branch]));

    public static IReadOnlyList<string> RemoveWorkTree(string directory) => Build(["worktree", "remove", "--force"], [directory]);

    /// <summary>Deletes a branch only while it still points at <paramref name="expected"/> (compare and swap).</summary>
    public static IReadOnlyList<string> DeleteBranch(string branch, string expected) => DeleteRef("refs/heads/" + branch, expected);

    /// <summary>Puts a file back in the index and the work tree as <paramref name="source"/> has it.</summary>
    public static IReadOnlyList<string> RestoreStagedAndWorktree(string source, string path) =>
        Build(["restore", "--quiet", $"--source={source}", "--staged", "--worktree"], [path]);

    /// <summary>
    /// A throw-away checkout of <paramref name="revision"/> in <paramref name="directory"/>, no branch: planning reads a
    /// start point's files there without touching the user's work tree. The user's hooks (post-checkout) do not run:
    /// planning must change nothing and start nothing of the user's.
    /// </summary>
    public static IReadOnlyList<string> AddScratchWorktree(string directory, string revision) =>
        WithoutHooks(Build(["worktree", "add", "--detach", "--quiet", directory], [revision]));

    public static IReadOnlyList<string> PruneWorktrees() => Build(["worktree", "prune"], []);

    /// <summary>Sets the note of <paramref name="objectId"/> under <paramref name="notesRef"/> to standard input (replacing any).</summary>
    public static IReadOnlyList<string> SetNote(string notesRef, string objectId) =>
        Build(["notes", $"--ref={notesRef}", "add", "--force", "--file=-"], [objectId]);

    /// <summary>Fetches one ref of the remote into the same ref here, only when that fast-forwards it.</summary>
    public static IReadOnlyList<string> FetchRef(string remote, string fullRef) => Build(["fetch", "--quiet"], [remote, $"{fullRef}:{fullRef}"]);

    /// <summary>
    /// Fetches one branch of the remote for its objects only (FETCH_HEAD; no ref of the user's moves), so that a
    /// release branch can be read and replayed.
    /// </summary>
    public static IReadOnlyList<string> FetchObjects(string remote, string fullRef) => Build(["fetch", "--quiet", "--no-tags"], [remote, fullRef]);

    /// <summary>
    /// The release commit of a release pull request, made in a throw-away work tree where only Steward's files are
    /// staged; the user's hooks do not run (nothing of theirs runs while planning).
    /// </summary>
    public static IReadOnlyList<string> ScratchCommit(string message, IReadOnlyList<string> paths) =>
        WithoutHooks(Build(["commit", "--quiet", "--cleanup=whitespace", "-m", message], paths));

    /// <summary>Replays one commit (a human's, on a release branch) in a throw-away work tree, with its author.</summary>
    public static IReadOnlyList<string> ScratchCherryPick(string commit) =>
        WithoutHooks(Build(["cherry-pick", "--allow-empty", "--keep-redundant-commits"], [commit]));

    /// <summary>
    /// Cherry-picks a fix onto a release line in a throw-away work tree, recording where it came from (<c>-x</c>: the
    /// "(cherry picked from commit ...)" line), with its author; the user's hooks do not run.
    /// </summary>
    public static IReadOnlyList<string> ScratchCherryPickRecorded(string commit) =>
        WithoutHooks(Build(["cherry-pick", "-x"], [commit]));

    /// <summary>Stages paths in a throw-away work tree (a release commit built while planning).</summary>
    public static IReadOnlyList<string> ScratchAdd(IReadOnlyList<string> paths) => WithoutHooks(Add(paths));

    /// <summary>An annotated tag object from the text on standard input (object, type, tag, tagger, message); no ref moves.</summary>
    public static IReadOnlyList<string> MakeTag() => ["git", "mktag"];

    /// <summary>
    /// As <see cref="PushRefspecs"/>, each ref of <paramref name="leases"/> changed on the remote only while it still names
    /// the value given there (empty: only while the remote does not have it): one moved ref rejects the whole push.
    /// </summary>
    public static IReadOnlyList<string> PushRefspecsWithLeases(string remote, IReadOnlyList<string> refspecs, IReadOnlyList<KeyValuePair<string, string>> leases) =>
        Build(["push", "--atomic", "--porcelain", .. leases.Select(l => $"--force-with-lease={l.Key}:{l.Value}")], [remote, .. refspecs]);

    public static IReadOnlyList<string> CherryPickAbort() => ["git", "cherry-pick", "--abort"];

    private static string[] WithoutHooks(IReadOnlyList<string> argv) => ["git", "-c", "core.hooksPath=/dev/null", .. argv.Skip(1)];

    // Options first, then "--", then the operands: the revision of `reset --soft` is an option's value here, since
    // after "--" git would take it for a path.
    private static string[] Build(IReadOnlyList<string> options, IReadOnlyList<string> operands) => ["git", .. options, "--", .. operands];
}

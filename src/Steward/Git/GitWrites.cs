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

    /// <summary>Creates <paramref name="branch"/> at <paramref name="startPoint"/> and switches to it; local changes come along.</summary>
    public static IReadOnlyList<string> SwitchCreate(string branch, string startPoint) =>
        Build(["switch", "--quiet", "--no-track", "-c", branch], [startPoint]);

    /// <summary>Creates <paramref name="branch"/> at <paramref name="startPoint"/> without switching to it.</summary>
    public static IReadOnlyList<string> CreateBranch(string branch, string startPoint) => Build(["branch", "--no-track"], [branch, startPoint]);

    public static IReadOnlyList<string> Switch(string branch) => Build(["switch", "--quiet"], [branch]);

    public static IReadOnlyList<string> SwitchDetached(string commit) => Build(["switch", "--quiet", "--detach"], [commit]);

    /// <summary>Deletes a branch only while it still points at <paramref name="expected"/> (compare and swap).</summary>
    public static IReadOnlyList<string> DeleteBranch(string branch, string expected) =>
        Build(["update-ref", "-m", "steward", "-d"], ["refs/heads/" + branch, expected]);

    /// <summary>Puts a file back in the index and the work tree as <paramref name="source"/> has it.</summary>
    public static IReadOnlyList<string> RestoreStagedAndWorktree(string source, string path) =>
        Build(["restore", "--quiet", $"--source={source}", "--staged", "--worktree"], [path]);

    /// <summary>Takes a file out of the index (if it is there), leaving the work tree alone.</summary>
    public static IReadOnlyList<string> Unstage(string path) => Build(["rm", "--cached", "--quiet", "--ignore-unmatch"], [path]);

    /// <summary>
    /// A throw-away checkout of <paramref name="revision"/> in <paramref name="directory"/>, no branch: planning reads a
    /// start point's files there without touching the user's work tree.
    /// </summary>
    public static IReadOnlyList<string> AddScratchWorktree(string directory, string revision) =>
        Build(["worktree", "add", "--detach", "--quiet", directory], [revision]);

    public static IReadOnlyList<string> RemoveScratchWorktree(string directory) => Build(["worktree", "remove", "--force"], [directory]);

    public static IReadOnlyList<string> PruneWorktrees() => Build(["worktree", "prune"], []);

    // Options first, then "--", then the operands: the revision of `reset --soft` is an option's value here, since
    // after "--" git would take it for a path.
    private static string[] Build(IReadOnlyList<string> options, IReadOnlyList<string> operands) => ["git", .. options, "--", .. operands];
}

namespace Steward.Git;

/// <summary>The git steps that change a repository during a release, each one git call with an argument array.</summary>
internal sealed class WorkTreeWriter(GitRunner git)
{
    public void Fetch(string remote) => Check(["fetch", "--quiet", "--", remote]);

    public void Add(IReadOnlyList<string> paths) => Check(["add", "--", .. paths]);

    /// <summary>Commits exactly <paramref name="paths"/>, whatever else the index holds. The message is kept as written.</summary>
    public string Commit(string message, IReadOnlyList<string> paths)
    {
        Check(["commit", "--quiet", "--cleanup=whitespace", "-m", message, "--", .. paths]);
        return git.Read("rev-parse", "HEAD").Trim();
    }

    /// <summary>
    /// An annotated tag whose message is the notes file, kept verbatim apart from surrounding blank lines: Markdown
    /// headings start with '#', which git would otherwise strip as comments.
    /// </summary>
    public void Tag(string tag, string messageFile, bool sign) =>
        Check(["tag", sign ? "--sign" : "--annotate", "--cleanup=whitespace", "--file", messageFile, "--", tag]);

    public void DeleteTag(string tag) => Check(["tag", "--delete", "--", tag]);

    /// <summary>Moves the branch back to <paramref name="sha"/> without touching the index or files.</summary>
    public void ResetSoft(string sha) => Check(["reset", "--quiet", "--soft", sha, "--"]);

    public void ReadTree(string tree) => Check(["read-tree", tree]);

    /// <summary>Puts a tracked file back as it is in <paramref name="source"/>, in the work tree only.</summary>
    public void RestoreFile(string source, string path) => Check(["restore", $"--source={source}", "--worktree", "--", path]);

    /// <summary>Pushes branch and tag in one atomic push: the remote gets both or neither.</summary>
    public GitResult PushAtomic(string remote, string branch, string tag) =>
        git.Run(["push", "--atomic", "--", remote, $"HEAD:refs/heads/{branch}", $"refs/tags/{tag}"]);

    private void Check(IReadOnlyList<string> arguments)
    {
        var result = git.Run(arguments);
        if (!result.Succeeded)
        {
            throw GitRunner.Failure(arguments, result);
        }
    }
}

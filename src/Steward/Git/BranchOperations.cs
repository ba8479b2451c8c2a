using Steward.Core.Errors;

namespace Steward.Git;

/// <summary>
/// What the branching verbs ask of a repository (branches, merges in progress, remotes), and the few writes of the
/// verbs not yet on the engine, whose argv come from <see cref="GitWrites"/>.
/// </summary>
internal sealed class BranchOperations
{
    private readonly GitRunner git;

    // The questions release asks too (current branch, remotes, tags) have one implementation, there.
    private readonly WorkTreeReader reader;

    public BranchOperations(GitRunner git)
    {
        this.git = git;
        reader = new WorkTreeReader(git);
    }

    /// <summary>The commit a revision names, or null when it names none.</summary>
    public string? ResolveCommit(string revision)
    {
        if (revision.Length == 0 || revision.StartsWith('-'))
        {
            return null;
        }

        var result = git.Run(["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"]);
        return result.Succeeded ? result.Output.Trim() : null;
    }

    /// <summary>The object a full ref points at (an annotated tag's own object, not its commit), or null.</summary>
    public string? RefTarget(string fullRef)
    {
        var result = git.Run(["rev-parse", "--verify", "--quiet", "--end-of-options", fullRef]);
        return result.Succeeded ? result.Output.Trim() : null;
    }

    public string? BranchSha(string branch) => RefTarget("refs/heads/" + branch);

    public bool BranchExists(string branch) => BranchSha(branch) is not null;

    public string? RemoteBranchSha(string remote, string branch) => RefTarget($"refs/remotes/{remote}/{branch}");

    /// <summary>The branch HEAD is on, or null when HEAD is detached.</summary>
    public string? CurrentBranch() => reader.CurrentBranch();

    /// <summary>Local branch names, in git's order.</summary>
    public IReadOnlyList<string> LocalBranches() =>
        [.. git.Read("for-each-ref", "--format=%(refname:strip=2)", "refs/heads/").Split('\n', StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>Branches checked out in any work tree of this repository (git refuses to move those under a work tree's feet).</summary>
    public IReadOnlySet<string> CheckedOutBranches()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in git.Read("worktree", "list", "--porcelain").Split('\n'))
        {
            if (line.StartsWith("branch refs/heads/", StringComparison.Ordinal))
            {
                set.Add(line["branch refs/heads/".Length..].Trim());
            }
        }

        return set;
    }

    /// <summary>Tracked files with changes, staged or not; untracked files do not count (git protects them itself).</summary>
    public IReadOnlyList<string> ChangedFiles() =>
        [.. git.Read("status", "--porcelain=v1", "--untracked-files=no").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Length > 3 ? l[3..] : l)];

    /// <summary>Paths left unmerged by a stopped merge.</summary>
    public IReadOnlyList<string> UnmergedFiles() =>
        [.. git.Read("diff", "--name-only", "--diff-filter=U").Split('\n', StringSplitOptions.RemoveEmptyEntries)];

    public bool IsMerging() => git.Run(["rev-parse", "--verify", "--quiet", "MERGE_HEAD"]).Succeeded;

    public bool IsAncestor(string ancestor, string descendant) =>
        git.Run(["merge-base", "--is-ancestor", ancestor, descendant]).ExitCode == 0;

    /// <summary>A valid branch name by git's rules (no spaces, no '..', no leading '-', ...).</summary>
    public bool IsValidBranchName(string name) =>
        name.Length > 0 && !name.StartsWith('-') && git.Run(["check-ref-format", "--branch", name]).Succeeded;

    public void CheckBranchName(string name, string what)
    {
        if (!IsValidBranchName(name))
        {
            throw Messages.InvalidBranchName(name, what);
        }
    }

    public bool RemoteExists(string remote) => reader.RemoteExists(remote);

    /// <summary>The upstream a branch pulls from (e.g. <c>origin/main</c>), or null when it has none configured.</summary>
    public string? Upstream(string branch)
    {
        var result = git.Run(["rev-parse", "--abbrev-ref", "--symbolic-full-name", $"{branch}@{{upstream}}"]);
        return result.Succeeded && result.Output.Trim().Length > 0 ? result.Output.Trim() : null;
    }

    /// <summary>Merges two commits in memory (<c>git merge-tree --write-tree</c>): nothing in the work tree, index or refs changes.</summary>
    public MergeTreeResult MergeTree(string ours, string theirs)
    {
        var result = git.Run(["merge-tree", "--write-tree", "--name-only", "--no-messages", "-z", ours, theirs]);
        if (result.ExitCode > 1)
        {
            throw GitRunner.Failure(["merge-tree", ours, theirs], result);
        }

        var fields = result.Output.Split('\0', StringSplitOptions.RemoveEmptyEntries);
        return result.ExitCode == 0
            ? new MergeTreeResult(fields[0].Trim(), [])
            : new MergeTreeResult(null, [.. fields.Skip(1).Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>Makes a merge commit of <paramref name="tree"/> with the given parents; no ref moves.</summary>
    public string CommitTree(string tree, IReadOnlyList<string> parents, string message)
    {
        var result = Run(GitWrites.CommitTree(tree, parents), message);
        return result.Succeeded ? result.Output.Trim() : throw GitRunner.Failure(["commit-tree", tree], result);
    }

    // The writes below run argv built by GitWrites, the one place that builds them; the verbs not yet on the engine
    // (flow start, flow init, rollback --apply) still call them one by one.

    /// <summary>Moves a ref only if it still points where it did (<paramref name="expectedOld"/>; empty for "must not exist").</summary>
    /// <summary>
    /// Writes an annotated tag object for <paramref name="commit"/> named <paramref name="tag"/>, tagged by git's committer
    /// identity now, with <paramref name="message"/>; no ref moves (the plan's update-ref makes the tag).
    /// </summary>
    public string MakeTag(string commit, string tag, string message)
    {
        var tagger = git.Read("var", "GIT_COMMITTER_IDENT").Trim();
        var text = $"object {commit}\ntype commit\ntag {tag}\ntagger {tagger}\n\n{message.TrimEnd('\n')}\n";
        var result = Run(GitWrites.MakeTag(), text);
        return result.Succeeded ? result.Output.Trim() : throw GitRunner.Failure(["mktag"], result);
    }

    public void UpdateRef(string fullRef, string newSha, string expectedOld) => Check(GitWrites.UpdateRef(fullRef, newSha, expectedOld));

    public void DeleteRef(string fullRef, string expectedOld) => Check(GitWrites.DeleteRef(fullRef, expectedOld));

    public GitResult Switch(string branch) => Run(GitWrites.Switch(branch));

    public GitResult SwitchDetached(string commit) => Run(GitWrites.SwitchDetached(commit));

    public GitResult SwitchCreate(string branch, string startPoint) => Run(GitWrites.SwitchCreate(branch, startPoint));

    /// <summary>Puts a file back in the index and the work tree as HEAD has it.</summary>
    public void RestoreFromHead(string path) => Check(GitWrites.RestoreFromHead(path));

    /// <summary>Takes a file HEAD does not have out of the index (if it is there), leaving the work tree alone.</summary>
    public void Unstage(string path) => Check(GitWrites.Unstage(path));

    public void CreateBranch(string branch, string startPoint) => Check(GitWrites.CreateBranch(branch, startPoint));

    /// <summary>Moves the current branch back to <paramref name="sha"/>, keeping local changes; git refuses if they would be lost.</summary>
    public void ResetKeep(string sha) => Check(GitWrites.ResetKeep(sha));

    public bool TagExists(string name) => reader.LocalTagExists(name);

    /// <summary>Refs pushed in one <c>git push --atomic</c>: the remote takes all of them or none.</summary>
    public GitResult PushAtomic(string remote, IReadOnlyList<string> refspecs) => Run(GitWrites.PushRefspecs(remote, refspecs));

    /// <summary>Whether the remote has a ref, asked of the remote itself.</summary>
    public bool RemoteHasRef(string remote, string fullRef)
    {
        var result = git.Run(["ls-remote", "--exit-code", remote, fullRef]);
        return result.ExitCode == 0;
    }

    /// <summary>A file's text as committed at <paramref name="revision"/>, or null when it has no such file.</summary>
    public string? ReadCommittedFile(string revision, string path)
    {
        var result = git.Run(["cat-file", "blob", $"{revision}:{path}"]);
        return result.Succeeded ? result.Output : null;
    }

    /// <summary>The repository's private directory (<c>.git</c>, or the work tree's own under <c>.git/worktrees</c>).</summary>
    public string GitDirectory() => Path.GetFullPath(git.Read("rev-parse", "--absolute-git-dir").Trim());

    /// <summary>Creates a commit from the index with a message; used for the VERSION commit of a release or hotfix start.</summary>
    public void CommitFiles(string message, IReadOnlyList<string> paths)
    {
        Check(GitWrites.Add(paths));
        Check(GitWrites.CommitIndex(message));
    }

    /// <summary>
    /// What the remote has at each of <paramref name="fullRefs"/>, asked of the remote itself (<c>git ls-remote</c>):
    /// the object each names (a tag's own object), absent when the remote has no such ref. Throws when it cannot be asked.
    /// </summary>
    public IReadOnlyDictionary<string, string> RemoteRefs(string remote, IReadOnlyList<string> fullRefs)
    {
        var result = git.Run(["ls-remote", "--", remote, .. fullRefs]);
        if (!result.Succeeded)
        {
            throw GitRunner.Failure(["ls-remote", remote], result);
        }

        var refs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = line.Split('\t');
            if (fields.Length == 2 && fullRefs.Contains(fields[1].Trim(), StringComparer.Ordinal))
            {
                refs[fields[1].Trim()] = fields[0].Trim();
            }
        }

        return refs;
    }

    private GitResult Run(IReadOnlyList<string> argv, string? input = null) => git.Run([.. argv.Skip(1)], input);

    private void Check(IReadOnlyList<string> argv)
    {
        var result = Run(argv);
        if (!result.Succeeded)
        {
            throw GitRunner.Failure([.. argv.Skip(1)], result);
        }
    }
}

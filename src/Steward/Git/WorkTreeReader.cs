namespace Steward.Git;

/// <summary>Read-only questions about a work tree and its remote, each one git call with an argument array.</summary>
internal sealed class WorkTreeReader(GitRunner git)
{
    /// <summary>The checked-out branch, or null on a detached HEAD.</summary>
    public string? CurrentBranch()
    {
        var result = git.Run(["symbolic-ref", "--quiet", "--short", "HEAD"]);
        return result.Succeeded ? result.Output.Trim() : null;
    }

    /// <summary>
    /// The branch checked out as <see cref="CurrentBranch()"/> names it, asked of git only when that name could matter:
    /// <paramref name="head"/> (HEAD as found) gives the branch's full name, and git is asked for its short name (which
    /// is <c>X</c>, <c>heads/X</c> or <c>refs/heads/X</c> for <c>refs/heads/X</c>, as other refs make it ambiguous)
    /// only when one of those forms passes <paramref name="couldMatter"/>; null when none does, or HEAD is detached.
    /// </summary>
    public string? CurrentBranch(RepositoryHead? head, Func<string, bool> couldMatter)
    {
        const string Heads = "refs/heads/";
        if (head is not null && head.BranchRef is null)
        {
            return null;
        }

        if (head?.BranchRef is { } full && full.StartsWith(Heads, StringComparison.Ordinal)
            && !couldMatter(full[Heads.Length..]) && !couldMatter(full[5..]) && !couldMatter(full))
        {
            return null;
        }

        return CurrentBranch();
    }

    /// <summary>The commit HEAD points at, or null in a repository without commits.</summary>
    public string? HeadSha()
    {
        var result = git.Run(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]);
        return result.Succeeded ? result.Output.Trim() : null;
    }

    public IReadOnlyList<StatusEntry> Status()
    {
        var records = git.Read("status", "--porcelain=v1", "-z", "--untracked-files=all").Split('\0');
        var entries = new List<StatusEntry>();
        for (var i = 0; i < records.Length; i++)
        {
            var record = records[i];
            if (record.Length < 4)
            {
                continue;
            }

            entries.Add(new StatusEntry(record[0], record[1], record[3..]));
            if (record[0] is 'R' or 'C')
            {
                i++; // A rename's source path follows as its own record.
            }
        }

        return entries;
    }

    public bool IsShallow() => git.Read("rev-parse", "--is-shallow-repository").Trim() == "true";

    public bool LocalTagExists(string tag) => git.Run(["rev-parse", "--verify", "--quiet", $"refs/tags/{tag}"]).Succeeded;

    public bool RemoteExists(string remote) =>
        git.Read("remote").Split('\n', StringSplitOptions.RemoveEmptyEntries).Contains(remote, StringComparer.Ordinal);

    /// <summary>Whether the remote has the tag; asks the remote itself (read-only), so it works in --dry-run too.</summary>
    public bool RemoteTagExists(string remote, string tag)
    {
        var result = git.Run(["ls-remote", "--tags", "--", remote, $"refs/tags/{tag}"]);
        if (!result.Succeeded)
        {
            throw GitRunner.Failure(["ls-remote", "--tags", remote], result);
        }

        return result.Output.Trim().Length > 0;
    }

    /// <summary>
    /// The commits the remote's <paramref name="branch"/> and <paramref name="tag"/> point at now (a tag peeled to its
    /// commit), asked of the remote itself; null for a ref it does not have.
    /// </summary>
    public (string? Branch, string? Tag) RemoteRefs(string remote, string branch, string tag)
    {
        var output = git.Read("ls-remote", "--", remote, $"refs/heads/{branch}", $"refs/tags/{tag}", $"refs/tags/{tag}^{{}}");
        string? branchSha = null, tagSha = null, peeled = null;
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split('\t');
            if (parts.Length != 2)
            {
                continue;
            }

            if (parts[1] == $"refs/heads/{branch}")
            {
                branchSha = parts[0];
            }
            else if (parts[1] == $"refs/tags/{tag}^{{}}")
            {
                peeled = parts[0];
            }
            else if (parts[1] == $"refs/tags/{tag}")
            {
                tagSha = parts[0];
            }
        }

        return (branchSha, peeled ?? tagSha);
    }

    /// <summary>The commit the remote's <paramref name="branch"/> points at now, asked of the remote; null when it has none.</summary>
    public string? RemoteBranch(string remote, string branch)
    {
        var output = git.Read("ls-remote", "--", remote, $"refs/heads/{branch}");
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t'))
            .FirstOrDefault(p => p.Length == 2 && p[1] == $"refs/heads/{branch}")?[0];
    }

    /// <summary>Whether git accepts <paramref name="tag"/> as a tag name (the rules of git check-ref-format).</summary>
    public bool IsValidTagName(string tag) => git.Run(["check-ref-format", $"refs/tags/{tag}"]).Succeeded;

    /// <summary>Tracked files with uncommitted changes, staged or not (untracked files left out).</summary>
    public IReadOnlyList<string> ChangedTrackedFiles()
    {
        var changed = new List<string>();
        var skipNext = false;
        foreach (var record in git.ReadRecords('\0', "status", "--porcelain=v1", "-z", "--untracked-files=no"))
        {
            if (skipNext)
            {
                // The original path of a rename or copy.
                skipNext = false;
                continue;
            }

            if (record.Length < 4)
            {
                continue;
            }

            skipNext = record[0] is 'R' or 'C';
            changed.Add(record[3..]);
        }

        return changed;
    }

    /// <summary>The remote to push <paramref name="branch"/> to: its upstream's remote, else <c>origin</c>, else the only one; null when there is none.</summary>
    public string? PushRemote(string branch)
    {
        var remotes = git.Read("remote").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (remotes.Length == 0)
        {
            return null;
        }

        var upstream = ConfigValue($"branch.{branch}.remote");
        if (upstream is not null && remotes.Contains(upstream, StringComparer.Ordinal))
        {
            return upstream;
        }

        if (remotes.Contains("origin", StringComparer.Ordinal) || remotes.Length == 1)
        {
            return remotes.Contains("origin", StringComparer.Ordinal) ? "origin" : remotes[0];
        }

        throw Core.Errors.Messages.NoRemoteTracked(remotes, branch);
    }

    /// <summary>The upstream of the current branch (e.g. <c>origin/main</c>), or null when it has none.</summary>
    public string? Upstream()
    {
        var result = git.Run(["rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{upstream}"]);
        return result.Succeeded ? result.Output.Trim() : null;
    }

    public int CountCommits(string range) =>
        int.Parse(git.Read("rev-list", "--count", range, "--").Trim(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The tree the index holds now, so that a failed release can put the index back exactly.</summary>
    public string WriteIndexTree() => git.Read("write-tree").Trim();

    public string? ConfigValue(string key)
    {
        var result = git.Run(ConfigGet(key));
        return result.Succeeded ? result.Output.Trim() : null;
    }

    /// <summary>Starts reading what <see cref="ConfigValue"/> will be asked for, once the next walk has started (see <see cref="GitRunner.ReadAheadOnceWalking"/>).</summary>
    public void ConfigValueAhead(string key) => git.ReadAheadOnceWalking(ConfigGet(key));

    /// <summary>Whether any configuration key matches <paramref name="pattern"/> (a regular expression, as git takes it).</summary>
    public bool HasConfigMatching(string pattern) => git.Run(ConfigMatching(pattern)).Succeeded;

    /// <summary>Starts reading what <see cref="HasConfigMatching"/> will be asked for, once the next walk has started (see <see cref="GitRunner.ReadAheadOnceWalking"/>).</summary>
    public void HasConfigMatchingAhead(string pattern) => git.ReadAheadOnceWalking(ConfigMatching(pattern));

    private static string[] ConfigGet(string key) => ["config", "--get", key];

    private static string[] ConfigMatching(string pattern) => ["config", "--get-regexp", pattern];

    /// <summary>The commit <paramref name="rev"/> names and its committer time (Unix seconds).</summary>
    public (string Sha, long Time) CommitAndTime(string rev)
    {
        var fields = git.Read("log", "-1", "--format=%H %ct", rev, "--").Trim().Split(' ');
        return (fields[0], long.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The index's entries, <c>MODE OBJECT STAGE\tPATH</c> each (a conflicted file once per stage).</summary>
    public IEnumerable<string> IndexEntries() => git.ReadRecords('\0', "ls-files", "-z", "-s", "--full-name");

    /// <summary>Every blob and link of <paramref name="treeish"/>'s tree, <c>MODE TYPE OBJECT\tPATH</c> each.</summary>
    public IEnumerable<string> TreeEntries(string treeish) => git.ReadRecords('\0', "ls-tree", "-r", "-z", "--full-tree", treeish);

    /// <summary>Where git keeps a file of ours for this work tree (inside .git, per worktree).</summary>
    public string GitPath(string relative) =>
        Path.GetFullPath(git.Read("rev-parse", "--git-path", relative).Trim(), git.WorkingDirectory);

    /// <summary>The identity git commits and tags as (<c>Name &lt;email&gt;</c>), or null when git has none.</summary>
    public string? CommitterIdentity()
    {
        // "Name <email> 1700000000 +0000": the identity ends at its '>'.
        var result = git.Run(["var", "GIT_COMMITTER_IDENT"]);
        var end = result.Succeeded ? result.Output.LastIndexOf('>') : -1;
        return end > 0 ? result.Output[..(end + 1)].Trim() : null;
    }

    public string CommitSubject(string rev) => git.Read("log", "-1", "--format=%s", rev, "--").Trim();

    public string? ParentOf(string sha)
    {
        var result = git.Run(["rev-parse", "--verify", "--quiet", $"{sha}^"]);
        return result.Succeeded ? result.Output.Trim() : null;
    }

    /// <summary>Whether <paramref name="path"/> (from the repository root) exists in the tree of <paramref name="rev"/>.</summary>
    public bool ExistsIn(string rev, string path) => git.Run(["cat-file", "-e", $"{rev}:{path}"]).Succeeded;

    public string? TagTarget(string tag)
    {
        var result = git.Run(["rev-parse", "--verify", "--quiet", $"refs/tags/{tag}^{{commit}}"]);
        return result.Succeeded ? result.Output.Trim() : null;
    }

    /// <summary>The commit a local branch points at, or null when there is no such branch.</summary>
    public string? BranchSha(string branch)
    {
        var result = git.Run(["rev-parse", "--verify", "--quiet", $"refs/heads/{branch}"]);
        return result.Succeeded ? result.Output.Trim() : null;
    }
}

using Steward.Core.Errors;
using Steward.Git;

namespace Steward.Propagation;

/// <summary>The git steps of <c>steward propagate --commit/--tag/--push</c>, and how to undo them before the push.</summary>
internal sealed class ReleaseGit(GitRunner git)
{
    // Head, branch and tag questions have one implementation, shared with steward release.
    private readonly WorkTreeReader reader = new(git);

    /// <summary>Tracked files with uncommitted changes (staged or not), other than <paramref name="allowed"/>.</summary>
    public IReadOnlyList<string> ChangedOutside(IReadOnlySet<string> allowed)
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
            var path = record[3..];
            if (!allowed.Contains(path))
            {
                changed.Add(path);
            }
        }

        return changed;
    }

    public bool TagExists(string tag) => reader.LocalTagExists(tag);

    /// <summary>HEAD's commit, or null on a branch with no commits yet.</summary>
    public string? Head() => reader.HeadSha();

    /// <summary>The current branch, or null when HEAD is detached.</summary>
    public string? Branch() => reader.CurrentBranch();

    /// <summary>The index as a tree, so a failed commit can put the index back exactly as it was.</summary>
    public string SaveIndex() => reader.WriteIndexTree();

    /// <summary>Stages and commits exactly <paramref name="paths"/>; false when they hold nothing new to commit.</summary>
    public bool Commit(IReadOnlyList<string> paths, string message)
    {
        git.Read(["add", "--", .. paths]);
        if (git.Run(["diff", "--cached", "--quiet", "--", .. paths]).Succeeded)
        {
            return false;
        }

        Require(git.Run(["commit", "-q", "-m", message, "--", .. paths]), "commit");
        return true;
    }

    public void Tag(string tag, string message) => Require(git.Run(["tag", "-a", "-m", message, "--", tag]), "tag");

    /// <summary>Puts HEAD and the index back as they were before the commit (the files are restored by the caller).</summary>
    public void Rollback(string? head, string index, string? tag)
    {
        if (tag is not null && TagExists(tag))
        {
            git.Run(["tag", "-d", "--", tag]);
        }

        if (head is null)
        {
            git.Run(["update-ref", "-d", "HEAD"]);
        }
        else
        {
            git.Run(["reset", "-q", "--soft", head]);
        }

        git.Run(["read-tree", index]);
    }

    /// <summary>The remote to push to: the branch's upstream remote, else <c>origin</c>, else the only one; null when there is none.</summary>
    public string? PushRemote(string branch)
    {
        var remotes = git.Read("remote").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (remotes.Length == 0)
        {
            return null;
        }

        var upstream = git.Run(["config", "--get", $"branch.{branch}.remote"]);
        if (upstream.Succeeded && remotes.Contains(upstream.Output.Trim(), StringComparer.Ordinal))
        {
            return upstream.Output.Trim();
        }

        if (remotes.Contains("origin", StringComparer.Ordinal) || remotes.Length == 1)
        {
            return remotes.Contains("origin", StringComparer.Ordinal) ? "origin" : remotes[0];
        }

        throw new StewardException(FailureKind.InvalidInput,
            $"several remotes ({string.Join(", ", remotes)}) and branch '{branch}' tracks none of them; set its upstream with 'git branch --set-upstream-to'");
    }

    /// <summary>Pushes the branch and the tag together: both arrive or neither does.</summary>
    public void Push(string remote, string branch, string? tag)
    {
        var refs = new List<string> { $"refs/heads/{branch}:refs/heads/{branch}" };
        if (tag is not null)
        {
            refs.Add($"refs/tags/{tag}");
        }

        var result = git.Run(["push", "--atomic", "--", remote, .. refs]);
        if (!result.Succeeded)
        {
            throw new StewardException(FailureKind.OperationFailed,
                $"git push to '{remote}' failed: {result.FirstErrorLine}; the release commit{(tag is null ? string.Empty : " and tag")} are made locally, push them with 'git push --atomic {remote} {branch}{(tag is null ? string.Empty : " " + tag)}'");
        }
    }

    private static void Require(GitResult result, string step)
    {
        if (!result.Succeeded)
        {
            throw new StewardException(FailureKind.OperationFailed, $"git {step} failed: {result.FirstErrorLine}; every file was put back as it was");
        }
    }
}

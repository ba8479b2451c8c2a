namespace Steward.Git;

/// <summary>Reads what a release pull request's branch and the base branch hold: commits, messages, trees, ancestry.</summary>
internal sealed class ReleaseBranchReader(GitRunner git)
{
    public string Tree(string commit) => git.Read("rev-parse", "--verify", "--end-of-options", commit + "^{tree}").Trim();

    public string Message(string commit) => git.Read("log", "-1", "--format=%B", commit, "--");

    public string Subject(string commit) => git.Read("log", "-1", "--format=%s", commit, "--").Trim();

    public bool IsAncestor(string ancestor, string of) => git.Run(["merge-base", "--is-ancestor", ancestor, of]).Succeeded;

    public bool Exists(string commit) => git.Run(["cat-file", "-e", commit + "^{commit}"]).Succeeded;

    /// <summary>How many parents <paramref name="commit"/> has (more than one: a merge).</summary>
    public int ParentCount(string commit) =>
        git.Read("rev-list", "--parents", "-n", "1", commit, "--").Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length - 1;

    /// <summary>Whether <paramref name="upstream"/> has a commit with the same patch id as <paramref name="commit"/> (git cherry marks it '-').</summary>
    public bool HasPatchEquivalent(string upstream, string commit)
    {
        var result = git.Run(["cherry", upstream, commit, commit + "^"]);
        return result.Succeeded && result.Output.Split('\n').Any(l => l.StartsWith("- ", StringComparison.Ordinal));
    }

    /// <summary>The commits of <paramref name="tip"/> not in <paramref name="exclude"/>, oldest first.</summary>
    public IReadOnlyList<string> Between(string exclude, string tip) =>
        [.. git.Read("rev-list", "--reverse", tip, "^" + exclude, "--").Split('\n', StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>The commits (merges left out) of <paramref name="tip"/> not reachable from any of <paramref name="excluded"/>, newest first.</summary>
    public IReadOnlyList<string> NonMergesBetween(string tip, IReadOnlyList<string> excluded) =>
        [.. git.Read(["rev-list", "--no-merges", tip, .. excluded.Select(e => "^" + e), "--"]).Split('\n', StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>The newest first-parent commit after <paramref name="since"/> (or in all history) that changed <paramref name="path"/>.</summary>
    public string? LastFirstParentChange(string? since, string path)
    {
        var range = since is null ? "HEAD" : $"{since}..HEAD";
        var line = git.Read("log", "--first-parent", "-1", "--format=%H", range, "--", path).Trim();
        return line.Length == 0 ? null : line;
    }

    /// <summary>The commit messages of <paramref name="range"/>, newest first, with their shas.</summary>
    /// <param name="paths">Only the commits that changed one of these (none: every commit).</param>
    public IEnumerable<(string Sha, string Message)> Messages(string range, params string[] paths)
    {
        foreach (var record in git.ReadRecords('\0', ["log", "-z", "--format=%H%n%B", range, "--", .. paths]))
        {
            var newline = record.IndexOf('\n', StringComparison.Ordinal);
            yield return newline < 0 ? (record.Trim(), string.Empty) : (record[..newline].Trim(), record[(newline + 1)..]);
        }
    }
}

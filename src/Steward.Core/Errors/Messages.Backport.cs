namespace Steward.Core.Errors;

/// <summary>steward backport: fixes cherry-picked onto release lines, released together.</summary>
public static partial class Messages
{
    public static StewardException AdvisoryNotAnId(string text) =>
        Invalid($"--advisory '{text}': not an advisory id; give a GitHub advisory (GHSA-xxxx-xxxx-xxxx) or a CVE id (CVE-2026-12345)");

    public static StewardException BackportNeedsCommits() =>
        Invalid("backport: name the commits to backport (steward backport COMMIT... --lines supported)");

    public static StewardException BackportUnknownCommit(string commit) =>
        Invalid($"backport: '{commit}' is not a commit here; name a commit (a sha, a branch or a tag) that git rev-parse knows");

    public static StewardException BackportMergeCommit(string commit, string sha) =>
        Invalid($"backport: '{commit}' ({sha[..Math.Min(7, sha.Length)]}) is a merge commit; backport the commits it merged instead");

    public static StewardException BackportLinesMissing() =>
        Invalid("backport: --lines is required: supported, all, or a list of lines such as 1.x,2.x");

    public static StewardException BackportBadLine(string text, string form) =>
        Invalid($"--lines: '{text}' is not a release line; write lines as {form}, comma-separated, or supported, or all");

    public static StewardException BackportNoLine(string lines, string known) =>
        Invalid($"--lines {lines}: no release line matches; lines with releases here: {known}");

    public static StewardException BackportDirtyWorkTree(string paths) =>
        Failed($"backport: the work tree has uncommitted changes ({paths}); commit or stash them first");

    public static StewardException BackportBranchCheckedOut(string branch) =>
        Failed($"backport: line branch {branch} is checked out in a work tree of this repository (git worktree list); switch it to another branch first, so that no work tree's files fall behind its branch");

    public static StewardException BackportPushWithoutRemote(string remote) =>
        Invalid($"backport: no remote '{remote}' to push to (release.remote); add it, or run without --push and --release");

    public static StewardException BackportSignUnsupported() =>
        Invalid("steward.yml: release.sign is set, but backport --release makes its tags as objects while planning and cannot sign them yet; release each line with 'steward release' on its branch instead");

    public static string BackportPushRejected(string remote) =>
        $"'{remote}' rejected the backport's push ({{0}}); every line branch and tag is as it was here; fetch, then run the backport again";

    /// <summary>The line printed for a line that failed, and the exit code 1 at the end.</summary>
    public static StewardException BackportLinesFailed(int failed, int total) =>
        Failed($"backport: {failed} of {total} lines failed (see above); their branches are as they were");

    /// <summary>The report of a line whose cherry-pick conflicts (the line fails; the others go on).</summary>
    public static string BackportConflict(string line, string branch, string sha, string subject, IReadOnlyList<string> paths) =>
        $"line {line} ({branch}): cherry-picking {sha[..Math.Min(7, sha.Length)]} {subject} conflicts in {string.Join(", ", paths)}; {branch} is left as it was (backport it there by hand: git cherry-pick -x {sha[..Math.Min(7, sha.Length)]})";

    /// <summary>The report of a line whose patch release is refused (the line fails; the others go on).</summary>
    public static string BackportReleaseRefused(string line, string branch, string reason) =>
        $"line {line} ({branch}): its release is refused: {reason}; {branch} is left as it was";
}

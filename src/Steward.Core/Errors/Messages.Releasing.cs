namespace Steward.Core.Errors;

public static partial class Messages
{
    public static StewardException ReleaseNeedsWorkTree(string root) =>
        Invalid($"{root} is a bare repository; steward release needs a work tree");

    public static StewardException NothingToRelease(string? reason) => Nothing($"nothing to release: {reason}");

    public static StewardException BumpAndAsTogether() => Invalid("--bump and --as both force the version; give one of them");

    /// <param name="reason">Why the text is not a version (the version parser's own sentence).</param>
    public static StewardException OptionNotAVersion(string optionName, string text, string reason, Exception inner) =>
        Invalid($"{optionName} {text}: {reason}", inner);

    public static StewardException AbortAndContinueTogether() => Invalid("--abort and --continue are opposites; give one of them");

    public static StewardException NoCommitsToRelease() => Invalid("the repository has no commits yet; commit something before releasing");

    public static StewardException DetachedHeadRelease() => Invalid("HEAD is detached; check out the branch to release (e.g. git switch main)");

    public static StewardException DetachedHeadNoBranchToPush() => Invalid("HEAD is detached, so there is no branch to push; check out a branch first");

    public static StewardException NotAReleaseBranch(string branch, IEnumerable<string> patterns) =>
        Invalid($"branch '{branch}' is not a release branch ({string.Join(", ", patterns)}); switch to one, or add it under release.branches in steward.yml");

    /// <param name="changes">The changed files, described (the first few).</param>
    public static StewardException DirtyWorkTreeRelease(string changes) =>
        Invalid($"the work tree has uncommitted changes ({changes}); commit or stash them (only a hand-edited VERSION may be uncommitted), or pass --allow-dirty");

    public static StewardException PushWithoutRemote(string remote) =>
        Invalid($"--push: there is no remote '{remote}'; add one (git remote add {remote} URL) or release without --push");

    public static StewardException BranchBehindUpstream(string branch, int behind, string upstream) =>
        Failed($"branch '{branch}' is {behind} commit{(behind == 1 ? string.Empty : "s")} behind {upstream}; pull first (git pull --rebase), then release");

    public static StewardException TagExistsLocally(string tag) =>
        Invalid($"tag {tag} already exists here; that version is released (raise VERSION, or use --bump/--as)");

    public static StewardException TagExistsOnRemote(string tag, string remote) =>
        Failed($"tag {tag} already exists on '{remote}'; fetch it (git fetch --tags) and release the next version");

    /// <summary>The engine's warning after a release that passed its push: the release exists, a later step failed.</summary>
    public static StewardException ReleasedWithWarning(string warning) => Failed(warning);

    public static StewardException AsWithPre() => Invalid("--as gives the whole version, prerelease included (e.g. --as 2.0.0-rc.1); drop --pre");

    public static StewardException FromVersionWithoutFrom() => Invalid("--from-version needs --from REF: the commit where that version was released");
}

namespace Steward.Core.Errors;

/// <summary>The release pull request (steward pr) and the release of a merged one.</summary>
public static partial class Messages
{
    public static StewardException PullRequestNeedsBranch() =>
        Invalid("steward pr needs the base branch checked out (HEAD is detached); switch to it and rerun");

    public static StewardException PullRequestDispatchGitHubOnly(string forge) =>
        Invalid($"steward.yml: pr.dispatch starts a GitHub Actions workflow, and the forge is {forge}, whose CI starts on the push to the release branch by itself; remove pr.dispatch");

    public static StewardException PullRequestBranchIsBase(string branch) =>
        Invalid($"steward.yml: pr.branch gives '{branch}', the base branch itself; the release pull request needs a branch of its own");

    public static StewardException PullRequestBranchNotSteward(string remote, string branch) =>
        Failed($"'{remote}' has a branch '{branch}' that steward pr did not make (no Steward-Base trailer at its tip, no release pull request of it); delete it there or set pr.branch, then rerun");

    public static StewardException PullRequestBranchRewritten(string remote, string branch, string lastPushed) =>
        Failed($"'{remote}/{branch}' no longer contains {lastPushed[..7]}, the commit steward pr pushed last (it was force-pushed); push {lastPushed[..7]} back or delete the branch there, then rerun");

    public static StewardException PullRequestChangelogConflict(string branch, string commit, string changelog) =>
        Failed($"'{branch}': the edit of {changelog} in {commit[..7]} conflicts with the rebuilt release entry; nothing was pushed: make the edit again on the rebuilt branch (delete {commit[..7]} from it with a force-push) or edit {changelog} on the base branch, then rerun");

    public static StewardException PullRequestReplayConflict(string branch, string commit, string subject, IReadOnlyList<string> paths) =>
        Failed($"'{branch}': the commit {commit[..7]} '{subject}' on the release branch does not apply to the rebuilt release ({string.Join(", ", paths)}); nothing was pushed: drop it or land it on the base branch, then rerun");

    /// <param name="noun">"pull request", or "merge request" on GitLab.</param>
    public static StewardException PullRequestNotOpened(string branch, string noun, string cause) =>
        Failed($"pushed '{branch}', but the release {noun} was not opened or updated: {cause}; rerun steward pr to finish (or 'steward pr --continue' for only the forge steps left)");

    public static StewardException PullRequestNotOpenToLabel(string branch, string label) =>
        Failed($"no open release pull request from '{branch}' to label '{label}' (closed since it was opened?); rerun steward pr to open it again");

    public static StewardException ReleaseUnlistedCommits(int count, string branch, string baseSha, string first, string subject) =>
        Failed($"{count} commit(s) landed on '{branch}' after the release pull request was last built from {baseSha[..7]} (first: {first[..7]} '{subject}'); the notes do not list them: add them to its CHANGELOG.md entry if they matter, then release with --allow-unlisted");

    /// <summary>A warning (not a failure): the release stands whatever the label says.</summary>
    /// <param name="noun">"pull request", or "merge request" on GitLab.</param>
    public static string PullRequestNotLabelled(string label, string noun, string cause) =>
        $"warning: released, but the release {noun} was not labelled '{label}': {cause}";

    /// <summary>The line for a rejected push of the release branch, with {0} for git's reason.</summary>
    public static string PullRequestPushRejected(string remote, string branch) =>
        $"push of '{branch}' to {remote} rejected ({{0}}): someone pushed to it since it was read; nothing was pushed, rerun steward pr to replay their commits";

    /// <summary>forge doctor's warning (not a failure) for a release pull request made with GITHUB_TOKEN.</summary>
    public static string PullRequestTokenStartsNoCi(string variable) =>
        $"the token from {variable} looks like GitHub Actions' own: a release pull request it opens or updates starts no workflow; set pr.dispatch to a workflow with workflow_dispatch, or use another token";

    public static StewardException PullRequestAlreadyMerged(string version, string branch) =>
        Nothing($"nothing to release: '{branch}' already carries {version} (its release pull request is merged); tag it with steward release");
}

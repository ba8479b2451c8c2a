using Steward.Core.Flow;
using Steward.Core.Versioning;

namespace Steward.Core.Errors;

/// <summary>Maintenance lines, support policy and rollback.</summary>
public static partial class Messages
{
    public static StewardException LineHasNoReachableRelease(MaintenanceLine line, string tagPrefix) =>
        Invalid($"{line.Branch}: no release of line {line.Name} is reachable from it; branch it from the line's last tag (e.g. git switch -c {line.Branch} {tagPrefix}{line.Major}.{line.Minor ?? 0}.0)");

    public static StewardException ForcedOutsideLine(SemanticVersion forced, MaintenanceLine line) =>
        Invalid($"--as {forced}: outside line {line.Name} of {line.Branch}; release it from main");

    public static StewardException BreakingChangeInLine(MaintenanceLine line, SemanticVersion lastRelease) =>
        Invalid($"{line.Branch}: a breaking change cannot be released in line {line.Name} (it would be {lastRelease.Major + 1}.0.0); release it from main, or revert it here");

    public static StewardException NothingToReleaseInLine(MaintenanceLine line, string lastTag) =>
        Nothing($"nothing to release: no fix or feature on {line.Branch} since {lastTag}");

    public static StewardException ForcedNotAboveLineRelease(SemanticVersion next, string lastTag) =>
        Invalid($"--as {next}: must be above the line's last release {lastTag}");

    /// <param name="takenTag">The tag that already holds <paramref name="next"/>, released from another line.</param>
    public static StewardException LineVersionTaken(MaintenanceLine line, SemanticVersion next, string takenTag) =>
        Invalid($"{line.Branch}: {next} is already released ({takenTag}, not from this line); "
            + (next.Patch.IsZero ? $"release the change as a patch (add {line.Branch} to flow.patchOnly) or from main" : "choose a free version with --as"));

    public static StewardException NothingToRollBack(string tagPrefix) =>
        Invalid($"no release tag ({tagPrefix}X.Y.Z) in this repository; there is nothing to roll back");

    public static StewardException RollbackTargetNotReleased(SemanticVersion to, string tagPrefix) =>
        Invalid($"--to {to}: no release tag {tagPrefix}{to}; name a released version (git tag --list '{tagPrefix}*')");

    public static StewardException RollbackTargetNotOlder(SemanticVersion to, string badTag) =>
        Invalid($"--to {to}: must be older than the release being rolled back ({badTag})");

    public static StewardException OnlyOneRelease(string tag) =>
        Invalid($"{tag} is the only release; there is no earlier version to roll back to");

    // The flow verbs (feature, release, hotfix start and finish), sync and rollback's options.
    public static StewardException FeatureBranchExists(string branch) =>
        Failed($"branch {branch} already exists; switch to it ('git switch {branch}') or choose another name");

    /// <param name="command">The flow kind and verb, e.g. <c>release finish</c>.</param>
    public static StewardException FinishRecoveryTakesNoOptions(string command) =>
        Invalid($"--continue and --abort take no other arguments or options; the finish keeps the ones it started with (see 'steward flow {command} --help')");

    public static StewardException ReleaseBranchOpen(string open) =>
        Failed($"release branch {open} is open; finish it ('steward flow release finish') before starting another");

    public static StewardException AsWithBumpOrPre() => Invalid("--as gives the whole version; use it without --bump and --pre");

    public static StewardException RollbackToNotAVersion(string text, string tagPrefix) =>
        Invalid($"--to {text}: not a version; give one like 1.2.1 or {tagPrefix}1.2.1");

    public static StewardException SyncRecoveryTakesNoOptions() =>
        Invalid("--continue and --abort take no other arguments or options; the sync keeps the ones it started with (see 'steward sync --help')");

    public static StewardException NoDownstreamBranches() =>
        Invalid("steward.yml: flow.sync lists no downstream branches; add one, e.g. 'flow: { sync: [ { branch: cloud, from: main } ] }'");

    public static StewardException DownstreamWithoutBranch(int index) =>
        Invalid($"steward.yml: flow.sync[{index}]: no 'branch'; give each downstream branch as '- branch: NAME' (and 'from: BRANCH' when it follows another than main)");

    public static StewardException NotADownstreamBranch(string name, IEnumerable<string> downstream) =>
        Invalid($"{name} is not a downstream branch in steward.yml (flow.sync has {string.Join(", ", downstream)})");

    public static StewardException NotAnArtifactForm(string label, string form) =>
        Invalid($"steward.yml: flow.artifacts.{label}: '{form}' is not a form; use semver, pep440, docker or tag");

    /// <param name="lastTag">The tag of the last release or prerelease reachable from the branch.</param>
    public static StewardException ForcedNotAboveLastRelease(SemanticVersion forced, string lastTag) =>
        Invalid($"--as {forced}: must be greater than the last release or prerelease, {lastTag}");

    /// <param name="command">The flow kind and verb, e.g. <c>release finish</c>.</param>
    public static StewardException FinishInProgress(string command, string? subject, string verb) =>
        Failed($"'flow {command}' of {subject} is in progress; run 'steward {verb} --continue' or '--abort' first");

    public static StewardException GitMergeInProgress() =>
        Failed("a git merge is in progress; conclude it ('git commit') or undo it ('git merge --abort') first");

    public static StewardException NoFinishInProgress(bool resume) =>
        Failed($"no finish is in progress (no steward/journal.json in the git directory); nothing to {(resume ? "continue" : "abort")}");

    /// <param name="legacy">The state file an earlier version of Steward left in the git directory.</param>
    public static StewardException LegacyFinishState(string legacy) =>
        Failed($"{legacy}: a finish stopped by an earlier version of Steward, which this one cannot resume; finish or abort it with that version, or, once branches and tags are as you want them, delete the file");

    public static StewardException FlowBranchMissing(string branch) =>
        Invalid($"branch {branch} does not exist; create it (steward flow init creates develop from main)");

    /// <param name="kind">feature, release or hotfix.</param>
    public static StewardException HeadNotOnKindBranch(string? current, string kind, string prefix) =>
        Invalid($"HEAD is on {current ?? "no branch"}, not a {kind} branch ({prefix}*); name the {kind} to finish or switch to its branch");

    public static StewardException KindBranchMissing(string branch, string prefix) =>
        Invalid($"branch {branch} does not exist; see the open ones with 'git branch --list \"{prefix}*\"'");

    public static StewardException MainBranchMissing(string main) =>
        Invalid($"branch {main} does not exist; make a first commit on it, or name your main branch in steward.yml (flow.branches.main)");

    /// <param name="reason">Why the commit failed (the exception's own sentence).</param>
    public static StewardException FlowSectionNotCommitted(string fileName, string reason, Exception inner) =>
        Failed($"{fileName}: committing the flow section failed, so the file is as it was: {reason}", inner);

    public static StewardException FlowInBareRepository(string root) =>
        Invalid($"{root} is a bare repository; this command changes branches and needs a work tree (clone it first)");

    public static StewardException BranchAlreadyExists(string branch) =>
        Failed($"branch {branch} already exists; switch to it ('git switch {branch}') or delete it first");

    /// <param name="example">A release tag of this repository to show, or an invented one.</param>
    public static StewardException HotfixFromNotATag(string from, string tag, string example, string tagPrefix) =>
        Invalid($"--from {from}: no release tag {tag}; give a release tag such as {example} (see 'git tag --list \"{tagPrefix}*\"')");

    public static StewardException HotfixFromPrerelease(string from, string tag) =>
        Invalid($"--from {from}: {tag} is a prerelease; a hotfix starts from a release");

    public static StewardException NoReleaseToHotfix(string tagPrefix, string main) =>
        Invalid($"no release tag ({tagPrefix}X.Y.Z) on {main}; there is no release to hotfix yet");

    public static StewardException BranchHasNoVersion(string branch, string name) =>
        Invalid($"{branch}: has no VERSION file and '{name}' is not a version; write the version into VERSION on the branch");

    public static StewardException FlowOptionNotAVersion(string option, string text) =>
        Invalid($"{option} {text}: not a version; give one like 1.4.0 (or 1.4.0a1, 1.4.0-rc.1)");

    /// <param name="next">The next patch version that was never retracted.</param>
    public static StewardException VersionRetracted(SemanticVersion version, string changelogPath, SemanticVersion next) =>
        Invalid($"VERSION says {version}, which was retracted ({changelogPath} records it) and is never released again; raise it with 'steward version set {next}'");

    public static StewardException RollbackNotConfirmed(string tag) =>
        Failed($"tag {tag} kept: not confirmed, nothing changed (answer y, or pass --yes)");

    public static StewardException RetractedTagNotOnMain(string tag, string main) =>
        Invalid($"{tag} is not on {main} (flow.branches.main); the retraction is recorded on the branch it was released from: release it from {main}, or delete the tag yourself");

    public static StewardException BranchNotCreated(string branch, string gitError) => Failed($"could not create {branch}: {gitError}");

    /// <summary>The rollback's line for a rejected push, with {0} for git's reason (see <see cref="PushRejectedAsPlanned"/>).</summary>
    /// <summary>A downstream branch's gate failed on the tree the sync would move it to (a line of the sync's report).</summary>
    /// <param name="exitCode">The gate's exit code; null when it timed out.</param>
    public static string SyncGateFailed(string branch, string from, string gate, int? exitCode, string timeout, string log) =>
        $"{branch}: gate '{gate}' failed on the merge of {from} ({(exitCode is { } code ? $"exit code {code}" : $"timed out after {timeout}")}); "
        + $"{branch} left as it was; its output is in {log}";

    public static string RollbackPushRejected(string remote, string branch) =>
        $"push to {remote} rejected ({{0}}); nothing changed locally or on {remote}; fetch, check 'git ls-remote {remote} {branch}' and rerun";

    public static StewardException RetractionSwitchFailed(string main, string gitError) =>
        Failed($"could not switch to {main} to record the retraction: {gitError}");

    public static StewardException RevisionNotCheckedOut(string revision, string gitError) => Failed($"could not read {revision}: {gitError}");

    /// <param name="changes">The changed files, described (the first few).</param>
    /// <param name="doing">What the command is about to do, e.g. <c>finishing</c>.</param>
    public static StewardException DirtyWorkTreeFlow(string changes, string doing) =>
        Failed($"the working tree has uncommitted changes ({changes}); commit or stash them before {doing}");

    public static StewardException FlowRemoteMissing(string remote) =>
        Invalid($"remote '{remote}' does not exist; add it with 'git remote add {remote} URL' or set flow.remote in steward.yml");

    public static StewardException InvalidBranchName(string name, string what) =>
        Invalid($"'{name}' is not a valid branch name ({what}); use letters, digits, '/', '-', '_' and '.'");
}

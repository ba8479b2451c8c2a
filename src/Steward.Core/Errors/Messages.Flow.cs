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
}

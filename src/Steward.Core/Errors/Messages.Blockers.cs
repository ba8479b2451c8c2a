using Steward.Core.Forge;

namespace Steward.Core.Errors;

/// <summary>Release blockers (<c>release.blockers</c>) and required checks (<c>release.requireChecks</c>).</summary>
public static partial class Messages
{
    /// <summary>Open blockers refuse the release (exit 1); each is listed with its address.</summary>
    public static StewardException ReleaseBlocked(IReadOnlyList<string> labels, IReadOnlyList<ForgeIssue> blockers)
    {
        ArgumentNullException.ThrowIfNull(blockers);
        var listed = string.Join("; ", blockers.Select(b =>
            $"{(b.IsPullRequest ? "pull request" : "issue")} #{b.Number} {Text.UntrustedText.Terminal(b.Title)} ({Text.UntrustedText.Terminal(b.Page)})"));
        var count = blockers.Count == 1 ? "1 open release blocker" : $"{blockers.Count} open release blockers";
        return Failed($"{count} (label {string.Join(" or ", labels.Select(l => $"'{l}'"))}): {listed}; nothing was changed (close or unlabel them, or rerun with --ignore-blockers --reason TEXT)");
    }

    /// <summary>The warning when the blocker check cannot ask the forge and is skipped.</summary>
    /// <param name="why">Why it cannot: "no forge token (GITHUB_TOKEN)".</param>
    public static string BlockersSkipped(string why) =>
        $"release blockers not checked: {why}; set release.blockers.required: true to make this an error (see docs/blockers.md)";

    /// <summary>Why a GitLab CI job token cannot serve a check (the "why" of a skipped or impossible check).</summary>
    /// <param name="what">What the check reads: "issues and merge requests", "commit statuses".</param>
    public static string GitLabJobTokenCannotRead(string what) =>
        $"GitLab's CI_JOB_TOKEN may not read {what}; set GITLAB_TOKEN (or STEWARD_FORGE_TOKEN) to a token with read_api";

    /// <summary><c>release.blockers.required: true</c> and the forge cannot be asked.</summary>
    public static StewardException BlockersCheckImpossible(string why) =>
        Failed($"release blockers must be checked (release.blockers.required: true) but cannot be: {why}; nothing was changed");

    /// <summary>The forge failed (5xx, timeout, network) after its retries while the blockers were read.</summary>
    /// <param name="what">What went wrong: "answered 502", "timed out".</param>
    public static StewardException BlockersUnreadable(string forge, string call, string what, int attempts) =>
        Failed($"release blockers could not be read: {forge} {what} to {call} after {attempts} attempt(s); nothing was changed; rerun steward release later");

    public static StewardException IgnoreBlockersWithoutReason() =>
        Invalid("--ignore-blockers needs --reason TEXT: the release commit and tag record who released over the blockers and why");

    public static StewardException NoIdentityForBlockerOverride() =>
        Invalid("git has no identity to record for --ignore-blockers; set user.name and user.email (git config), then rerun");

    /// <summary>A label of <c>release.blockers.labels</c> that is empty.</summary>
    public static StewardException BlockerLabelEmpty(int index) =>
        Invalid($"steward.yml: release.blockers.labels[{index}] is empty; name a label, or remove the item");

    /// <summary>Required checks that failed on the released commit (exit 1), each named with its address.</summary>
    public static StewardException RequiredChecksFailed(string sha, IReadOnlyList<CommitCheck> failed)
    {
        ArgumentNullException.ThrowIfNull(failed);
        var listed = string.Join("; ", failed.Select(c => $"'{Text.UntrustedText.Terminal(c.Name)}'{(c.Page is null ? string.Empty : $" ({Text.UntrustedText.Terminal(c.Page)})")}"));
        return Failed($"required check{(failed.Count == 1 ? string.Empty : "s")} failed on {sha}: {listed}; nothing was changed (fix and rerun them, then rerun steward release)");
    }

    /// <summary>Required checks still pending (or never reported) when <c>release.checksTimeout</c> ran out.</summary>
    public static StewardException RequiredChecksTimedOut(string sha, IReadOnlyList<string> waiting, string timeout) =>
        Failed($"required checks not finished on {sha} after {timeout} (release.checksTimeout): {string.Join(", ", waiting.Select(w => $"'{Text.UntrustedText.Terminal(w)}'"))} still pending or not reported; nothing was changed (rerun when they finish)");

    /// <summary><c>release.requireChecks</c> is set and the forge cannot be asked.</summary>
    public static StewardException RequiredChecksImpossible(string why) =>
        Failed($"required checks (release.requireChecks) cannot be read: {why}; nothing was changed");

    /// <summary>The forge failed (5xx, timeout, network) after its retries while the checks were read.</summary>
    public static StewardException RequiredChecksUnreadable(string forge, string call, string what, int attempts) =>
        Failed($"required checks could not be read: {forge} {what} to {call} after {attempts} attempt(s); nothing was changed; rerun steward release later");

    public static StewardException RequiredCheckEmpty(int index) =>
        Invalid($"steward.yml: release.requireChecks[{index}] is empty; name a commit status or check run, or 'all'");

    public static StewardException ChecksTimeoutInvalid(string value) =>
        Invalid($"steward.yml: release.checksTimeout: '{value}' is not a duration; use seconds (600) or a number with s, m or h (10m)");
}

namespace Steward.Core.Errors;

/// <summary>The engine that runs a plan: gates and hooks, the journal of an interrupted run, the repository's guards.</summary>
public static partial class Messages
{
    /// <param name="what">gate or hook.</param>
    public static StewardException CommandMissing(string what, string name) =>
        Invalid($"steward.yml: {what} '{name}' has no command; write it as an array, e.g. command: [make, test]");

    public static StewardException CommandDirectoryMissing(string what, string name, string workingDirectory) =>
        Invalid($"steward.yml: {what} '{name}': working directory '{workingDirectory}' does not exist");

    /// <param name="reason">The operating system's reason the process did not start.</param>
    public static StewardException CommandNotStarted(string what, string name, string program, string reason, Exception inner) =>
        Failed($"{what} '{name}': could not start '{program}': {reason}", inner);

    /// <param name="exitCode">The gate's exit code; null when it timed out.</param>
    public static StewardException GateFailed(string name, int? exitCode, string timeout, string log) =>
        Failed($"gate '{name}' failed ({(exitCode is { } code ? $"exit code {code}" : $"timed out after {timeout}")}); nothing was changed; its output is in {log}");

    /// <param name="reason">Why the file cannot be read (the reader's own sentence).</param>
    public static StewardException JournalUnreadable(string path, string reason, Exception inner) =>
        Failed($"{path}: the journal of an interrupted run cannot be read ({reason}); check 'git status' and 'git log', put right what you find, then delete it", inner);

    /// <param name="what">The tag or version the run was making.</param>
    /// <param name="file">The journal's file name in the git directory.</param>
    /// <param name="canContinue">The run got as far as a step, so it can be finished as well as undone.</param>
    public static StewardException RunInterrupted(string verb, string what, string file, bool canContinue) =>
        Failed($"{("aeiou".Contains(verb[0], StringComparison.Ordinal) ? "an" : "a")} {verb} of {what} was interrupted ({file} in the git directory); "
            + (canContinue
                ? $"run 'steward {verb} --continue' to finish it, or 'steward {verb} --abort' to put the repository back as it was before it"
                : $"run 'steward {verb} --abort' to put the repository back as it was before it, then {verb} again"));

    public static StewardException GitIndexLocked(string lockFile) =>
        Failed($"{lockFile} exists: another git command is running here, or a killed one left it behind; if no git is running, remove it (rm '{lockFile}') and run again");

    public static StewardException TargetIsDirectory(string relativePath) =>
        Invalid($"{relativePath}: is a directory (or a submodule), not a file; Steward writes the version there, so move it away or configure another path");

    /// <param name="withChmod">Name the chmod that fixes it (where the file system has Unix permissions).</param>
    public static StewardException TargetReadOnly(string relativePath, bool withChmod) =>
        Invalid(withChmod
            ? $"{relativePath}: is read-only; Steward rewrites it, so make it writable (chmod u+w {relativePath})"
            : $"{relativePath}: is read-only; Steward rewrites it, so make it writable");

    public static StewardException TagPrefixMakesInvalidTag(string tagPrefix, string tag) =>
        Invalid($"steward.yml: tagPrefix '{tagPrefix}' makes the tag '{tag}', which git does not accept as a tag name (see git check-ref-format); choose a prefix without spaces, '~', '^', ':', '?', '*', '[', '\\', '..' or '@{{'");

    public static StewardException JournalWithoutSteps(string verb, string name) =>
        Failed($"the interrupted {verb} of {name} was started by an earlier version of Steward, which kept no steps to finish; run 'steward {verb} --abort', then {verb} again");

    public static StewardException SwitchFailed(string? branch, string gitError) => Failed($"could not switch to {branch}: {gitError}");

    public static StewardException MergeFailed(string? from, string? into, string gitError) => Failed($"merging {from} into {into} failed: {gitError}");

    /// <summary>The text of the stop a merge conflict makes (the engine's own exception carries it).</summary>
    public static string MergeConflicts(string? from, string? into, IEnumerable<string> unmerged, string verb, string noun) =>
        $"merging {from} into {into} conflicts in {string.Join(", ", unmerged)}; resolve them and 'git add' them, "
        + $"then run 'steward {verb} --continue' (or '--abort' to undo the {noun})";

    public static StewardException ForeignMergeInProgress(string verb) =>
        Failed($"a git merge is in progress that the {verb} did not start; conclude it ('git commit') or undo it ('git merge --abort'), then run 'steward {verb} --continue'");

    /// <summary>The text of the stop while files are still unmerged.</summary>
    public static string StillUnmerged(IEnumerable<string> unmerged, string verb) =>
        $"still unmerged: {string.Join(", ", unmerged)}; resolve them, 'git add' them, then run 'steward {verb} --continue'";

    public static StewardException ConcludeMergeFailed(string? from, string? into, string gitError) =>
        Failed($"could not conclude the merge of {from} into {into}: {gitError}");

    public static StewardException BranchNotMerged(string? branch, string into) => Failed($"branch {branch} is not merged into {into}; nothing was changed");

    public static StewardException PushLostRace(string? remote, string tag, string verb) =>
        Failed($"the push to '{remote}' was rejected (the remote already had {tag}: another release made it first); the release commit and tag {tag} were removed locally and nothing reached the remote; pull, then run steward {verb} again");

    /// <summary>The text of the stop when neither the push nor the question whether it arrived got through.</summary>
    public static string PushUndecided(string? remote, string gitError, string verb) =>
        $"the push to '{remote}' failed ({gitError}) and the remote cannot be asked whether it arrived; the release is kept locally: run 'steward {verb} --continue' to push again, or 'steward {verb} --abort' to undo it";

    /// <param name="rejected">The plan's own sentence for a rejected push, with {0} where the reason goes.</param>
    public static StewardException PushRejectedAsPlanned(string rejected, string why) => Failed(rejected.Replace("{0}", why, StringComparison.Ordinal));

    public static StewardException PushRejected(string? remote, string why, string? tag, string verb) =>
        Failed($"the push to '{remote}' was rejected ({why}); {(tag is null ? "the release commit was" : $"the release commit and tag {tag} were")} removed locally and nothing reached the remote; pull, then run steward {verb} again");

    public static StewardException RemoteCannotBeAsked(string? remote, string name, string why, string verb, string action, Exception inner) =>
        Failed($"cannot ask '{remote}' whether the push of {name} arrived ({why}); run 'steward {verb} --{action}' again once it answers", inner);

    public static StewardException BeforeCommitHookFailed(string hook, string why) =>
        Failed($"before-commit hook '{hook}' failed ({why}); nothing was released and every file is as it was");

    public static StewardException GitStepFailed(string command, string gitError) => Failed($"git {command} failed: {gitError}; every file was put back as it was");

    public static StewardException NoInterruptedRun(string verb, string action) => Invalid($"there is no interrupted {verb} to {action}");

    public static StewardException InterruptedRunIsAnother(string journalVerb, string name, string verb, string action) =>
        Invalid($"the interrupted run is a {journalVerb} of {name}, not a {verb}; run 'steward {journalVerb} --{action}'");

    public static StewardException HookWriteFailed(string shownPath, string why) => Failed($"could not write {shownPath} ({why}); it is as it was");
}

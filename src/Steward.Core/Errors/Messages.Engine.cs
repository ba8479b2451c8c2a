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
        Failed($"a {verb} of {what} was interrupted ({file} in the git directory); "
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
}

namespace Steward.Core.Errors;

/// <summary>Options and arguments of the read-only verbs (lint, notes, support, version, check).</summary>
public static partial class Messages
{
    public static StewardException LintFileAndRange() =>
        Invalid("--message-file checks one message; --from/--to check a range: give one or the other");

    public static StewardException LintMessageFileMissing(string file) =>
        Invalid($"{file}: no such file; pass the message file git gives the commit-msg hook ($1)");

    public static StewardException SupportCheckNotAVersion(string text, string tagPrefix) =>
        Invalid($"--check {text}: not a version; give one like 1.4.2 or {tagPrefix}1.4.2");

    /// <param name="supported">The supported lines, as the support table names them.</param>
    public static StewardException LineNeverReleased(Versioning.SemanticVersion version, string supported) =>
        Failed($"{version}: no release line {version.Major}.x has been released ({supported}); use a released version");

    public static StewardException LineEndOfLife(Versioning.SemanticVersion version, string line, string? since, string supported) =>
        Failed($"{version}: line {line} is end of life since {since}; upgrade to a supported line ({supported})");

    public static StewardException OutputDirectoryMissing(string file, string? directory) =>
        Invalid($"--output {file}: the directory {directory} does not exist; create it first");

    /// <param name="example">A file inside the directory, to show what to write.</param>
    public static StewardException OutputIsDirectory(string file, string example) =>
        Invalid($"--output {file}: is a directory; name the file to write, e.g. {example}");

    public static StewardException ReleaseTakesNoPre() => Invalid("'release' takes no --pre: it drops the prerelease");

    public static StewardException CompareNeedsTwo(int count, string given) =>
        Invalid($"compare takes two versions, got {count}: '{given}'");

    /// <summary>The line <c>steward check</c> ends with when targets disagree (its exit code says the rest).</summary>
    public static string TargetsDisagree(int drifted, int total, string version) =>
        $"{drifted} of {total} targets disagree with VERSION {version}; run 'steward propagate' to write it";

    // Options and preconditions of the writing verbs (init, hooks, artifacts).
    public static StewardException OutDirectoryIsFile(string outDirectory) => Invalid($"--out {outDirectory}: is a file; give a directory");

    public static StewardException HookInBareRepository(string root) =>
        Invalid($"{root} is a bare repository: nobody commits there, so it needs no commit-msg hook; install it in a clone");

    /// <param name="shown">The hook's path as the user sees it.</param>
    public static StewardException ForeignHookExists(string shown) =>
        Failed($"{shown} exists and is not Steward's; left it as it is. Add the line 'steward lint --message-file \"$1\" || exit 1' to it, or move it away and run 'steward hooks install' again");

    public static StewardException ConfigAlreadyExists(string fileName) => Invalid($"{fileName}: already exists; edit it, or pass --force to replace it");

    /// <param name="verb">version set or version bump.</param>
    /// <param name="what">What the verb needs: "the new version (e.g. 1.2.3)", "a level: major, minor, ...".</param>
    public static StewardException VersionArgumentMissing(string verb, string what) =>
        Invalid($"steward {verb} needs {what} (only --abort and --continue go without it)");
}

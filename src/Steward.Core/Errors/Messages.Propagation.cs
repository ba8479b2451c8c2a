namespace Steward.Core.Errors;

/// <summary>The files VERSION is propagated to: their syntax and the places a version is written.</summary>
public static partial class Messages
{
    /// <param name="format">The file's format as people name it: JSON, TOML, XML, YAML.</param>
    /// <param name="reason">What is wrong; a parser may quote a line break, which is escaped so the error stays one line.</param>
    public static StewardException NotValidFile(string path, int line, string format, string reason) =>
        Invalid($"{path}:{line}: not valid {format}: {OneLine(reason)}; fix the file and run again");

    private static string OneLine(string text) =>
        text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);

    public static StewardException TomlStringNotClosed(string path, int line, string delimiter) =>
        NotValidFile(path, line, "TOML", $"a multi-line string is not closed with {delimiter}");

    public static StewardException TomlKeyTwice(string path, int line, string key, int firstLine) =>
        NotValidFile(path, line, "TOML", $"key '{key}' is defined twice (first on line {firstLine})");

    /// <param name="label">What the version is called in this file (e.g. "version key").</param>
    public static StewardException SecondVersionInFile(string path, int line, string label, int firstLine) =>
        Invalid($"{path}:{line}: a second {label} (the first is on line {firstLine}); keep one, or list this file in propagate.exclude");

    /// <param name="why">Why Steward cannot replace the text, e.g. "is computed".</param>
    public static StewardException VersionNotEditable(string path, int line, string label, string why) =>
        Invalid($"{path}:{line}: {label} {why}; write it as a plain string literal so Steward can replace it");

    public static StewardException TargetsOverlap(string path, int line, string firstLabel, string secondLabel) =>
        Invalid($"{path}:{line}: two targets claim overlapping text ({firstLabel} and {secondLabel}); narrow the pattern in steward.yml");

    public static StewardException VersionSuffixMissing(string path, int line, string version) =>
        Invalid($"{path}:{line}: VERSION {version} has a prerelease, but there is no <VersionSuffix> beside <VersionPrefix>; add <VersionSuffix></VersionSuffix>");

    /// <summary>VERSION cannot be written in the form a target needs; <paramref name="inner"/> says why.</summary>
    public static StewardException VersionNotExpressibleAt(string path, int line, StewardException inner) =>
        Invalid($"{path}:{line}: {inner.Message}", inner);

    /// <param name="more">How many more files have such changes.</param>
    public static StewardException UnrelatedChangesInPropagate(string path, int more) =>
        Invalid($"{path}: has uncommitted changes that do not belong in the release commit{(more > 0 ? $" (and {more} more)" : string.Empty)}; commit or stash them, or pass --allow-dirty");

    public static StewardException PropagateTagExists(string tag) => Invalid($"tag {tag} already exists; set a new version in VERSION first ('steward version bump')");

    public static StewardException VersionDrift(string path, int line, string found, string expected, int more) =>
        Failed($"version drift: {path}:{line}: found {found}, expected {expected}{(more > 0 ? $" (and {more} more)" : string.Empty)}; run 'steward check' to see all, 'steward propagate' to fix");

    public static StewardException BareRepositoryNeedsWorkTree(string root) => Invalid($"{root} is a bare repository; run Steward in a work tree");

    /// <param name="reason">The version parser's own sentence.</param>
    public static StewardException VersionFileInvalid(string versionFile, int line, string reason, Exception inner) =>
        Invalid($"{versionFile}:{line}: {reason}", inner);

    public static StewardException TargetFileTooLarge(string path, long mebibytes, long limitMebibytes) =>
        Invalid($"{path}: is {mebibytes} MiB, over the {limitMebibytes} MiB a version file may be; exclude it in steward.yml (propagate.exclude)");

    public static StewardException TargetFileBinary(string path) =>
        Invalid($"{path}: is not a text file (it holds NUL bytes); exclude it in steward.yml (propagate.exclude)");

    public static StewardException TargetFileNotUtf8(string path, Exception inner) =>
        Invalid($"{path}: is not UTF-8 text; convert it to UTF-8 or exclude it in steward.yml (propagate.exclude)", inner);

    public static StewardException TargetMatchesNothing(string config, int line, string name, string glob) =>
        Invalid($"{config}:{line}: {name}: '{glob}' matches no tracked file; fix the path (globs are relative to the root, ** crosses directories)");

    public static StewardException TargetIsSymlink(string config, int line, string name, string path) =>
        Invalid($"{config}:{line}: {name}: {path} is a symbolic link; refusing to follow it for writing, name the real file instead");

    public static StewardException TargetFindsNoVersion(string config, int line, string name, string locator, string glob) =>
        Invalid($"{config}:{line}: {name}: the {locator} finds no version in the files that '{glob}' matches; fix the pattern or key");

    public static StewardException EmptyExclude(string config, int line, int index) =>
        Invalid($"{config}:{line}: propagate.exclude[{index}] is empty; give a glob such as tests/fixtures/**");
}

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
}

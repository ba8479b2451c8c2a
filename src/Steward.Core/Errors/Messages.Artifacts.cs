namespace Steward.Core.Errors;

/// <summary>Release artifacts: charts, lock files and the JSON files they are read from.</summary>
public static partial class Messages
{
    private const string LockFileAdvice = "; fix or regenerate the lock file and tag the release again";

    public static StewardException LockFileInvalid(string path, int line, string reason) =>
        Invalid($"{path}:{line}: {reason}{LockFileAdvice}");

    /// <summary>A syntax error from a shared parser, with the lock file advice added (once: a reader's own errors have it).</summary>
    public static StewardException WithLockFileAdvice(StewardException inner) =>
        inner.Message.EndsWith(LockFileAdvice, StringComparison.Ordinal) ? inner : new(inner.Kind, inner.Message + LockFileAdvice, inner);

    public static StewardException JsonFileEmpty(string path) =>
        Invalid($"{path}:1: the file is empty; it must hold a JSON document");

    /// <param name="reason">The JSON reader's reason, without its position.</param>
    public static StewardException NotValidJson(string path, long line, string reason, Exception inner) =>
        Invalid($"{path}:{line}: not valid JSON ({reason})", inner);

    public static StewardException ChartWithoutChartYaml(string chartPath) =>
        Invalid($"steward.yml: artifacts.charts: {chartPath} has no Chart.yaml in the release; list chart directories only");

    public static StewardException ChartYamlWithoutVersion(string path) =>
        Invalid($"{path}: has no top-level 'version:' line; add one (any value, Steward sets it)");

    public static StewardException ChartYamlNotValid(string path, long line, string parserReason, Exception inner) =>
        Invalid($"{path}:{line}: {NotValidYaml(parserReason)}", inner);

    public static StewardException ChartWithoutName(string path) =>
        Invalid($"{path}: field 'name' is missing; a chart needs a name");

    public static StewardException ChartNameInvalid(string path, long line, string name) =>
        Invalid($"{path}:{line}: chart name '{name}' may hold only letters, digits, '-', '_' and '.'");

    /// <param name="reason">What the TOML reader found wrong (the lock file advice is added by the caller).</param>
    public static StewardException NotValidTomlLock(string path, int line, string reason) =>
        Invalid($"{path}:{line}: not valid TOML: {reason}");

    /// <param name="reason">What is wrong with the field's value, e.g. "must be an array of strings".</param>
    public static StewardException ImagesFieldInvalid(string fileName, int line, string field, string reason) =>
        Invalid($"{fileName}:{line}: field '{field}' {reason}");
}

namespace Steward.Core.Errors;

/// <summary>
/// Every sentence Steward says to a user when something is wrong, in one place, one file per area
/// (<c>Messages.*.cs</c>). A method is named for the situation and returns the <see cref="StewardException"/> to
/// throw, with its <see cref="FailureKind"/>, or the bare text where the line is not an error. A message names the
/// file, line, key or ref it is about and says what to do; it never starts with "error:" (the command line adds
/// <c>steward: error: </c> in one place, <c>Steward.Cli.ErrorLine</c>).
/// </summary>
public static partial class Messages
{
    private static StewardException Invalid(string message, Exception? inner = null) =>
        inner is null ? new(FailureKind.InvalidInput, message) : new(FailureKind.InvalidInput, message, inner);

    private static StewardException Failed(string message, Exception? inner = null) =>
        inner is null ? new(FailureKind.OperationFailed, message) : new(FailureKind.OperationFailed, message, inner);

    private static StewardException Nothing(string message) => new(FailureKind.NothingToRelease, message);

    /// <summary>A mapping (steward.yml, a JSON file) names a key twice.</summary>
    public static StewardException DuplicateKey(string path, int line, string key, int firstLine) =>
        Invalid($"{path}:{line}: duplicate key '{key}', already on line {firstLine}; keep one of them");

    /// <summary>A YAML file the parser rejects; <paramref name="reason"/> is the parser's own first line.</summary>
    public static string NotValidYaml(string reason) => $"not valid YAML ({reason})";
}

namespace Steward.Core.Errors;

public static partial class Messages
{
    public static StewardException ReleaseNeedsWorkTree(string root) =>
        Invalid($"{root} is a bare repository; steward release needs a work tree");

    public static StewardException NothingToRelease(string? reason) => Nothing($"nothing to release: {reason}");

    public static StewardException BumpAndAsTogether() => Invalid("--bump and --as both force the version; give one of them");

    /// <param name="reason">Why the text is not a version (the version parser's own sentence).</param>
    public static StewardException OptionNotAVersion(string optionName, string text, string reason, Exception inner) =>
        Invalid($"{optionName} {text}: {reason}", inner);
}

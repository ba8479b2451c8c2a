namespace Steward.Core.Errors;

/// <summary>The project directory, its files and the paths Steward reads and writes.</summary>
public static partial class Messages
{
    public static StewardException NoSuchDirectory(string directory) => Invalid($"{directory}: no such directory");

    /// <param name="lastTag">The last release tag, if there is one; VERSION is then recreated from its version.</param>
    public static StewardException VersionFileMissing(string versionFile, string root, string? lastTag, string? lastVersion) =>
        Invalid(lastTag is null
            ? $"{versionFile}: not found in {root}; create it with 'steward version set 0.1.0'"
            : $"{versionFile}: not found in {root}; the last release is {lastTag}: create it with 'steward version set {lastVersion}'");

    public static StewardException NotATextFile(string fileName) => Invalid($"{fileName}: is not a text file");

    public static StewardException NotUtf8(string fileName, Exception inner) => Invalid($"{fileName}: is not UTF-8 text", inner);

    /// <param name="reason">The system's reason, which names the file.</param>
    public static StewardException FilesNotWritten(string reason, Exception inner) =>
        Failed($"could not write {reason}; no file was changed", inner);

    /// <param name="reason">The system's reason, which names the file.</param>
    public static StewardException FilesNotReplaced(string reason, Exception inner) =>
        Failed($"could not replace {reason}; every file was put back as it was", inner);

    public static StewardException FileNotWritten(string path, string reason, Exception inner) =>
        Failed($"{path}: could not write ({reason}); the file was left as it was", inner);

    /// <param name="label">The key or option the path came from.</param>
    public static StewardException NotAValidPath(string label, Exception inner) => Invalid($"{label}: is not a valid path", inner);

    /// <param name="verb">What Steward was asked to do with the path: read, write.</param>
    /// <param name="also">", or ..." with another remedy, or empty.</param>
    public static StewardException PathOutsideRepository(string label, string verb, string root, string also) =>
        Invalid($"{label}: refusing to {verb} outside the repository ({root}); name a path inside it{also}");

    public static StewardException PathInsideGitDirectory(string label, string verb) =>
        Invalid($"{label}: refusing to {verb} inside .git, which is git's own; name a path in the work tree");

    /// <param name="fix">What to do instead, e.g. "name the file it points to".</param>
    public static StewardException PathThroughLink(string label, string verb, string link, string fix, string also) =>
        Invalid($"{label}: refusing to {verb} through the symbolic link {link}; {fix}{also}");
}

namespace Steward.Core.Errors;

/// <summary>CHANGELOG.md, its entries and the changelog templates.</summary>
public static partial class Messages
{
    public static StewardException ChangelogHasNulBytes(string path) =>
        Invalid($"{path}: is not a text file (it contains NUL bytes); move it away or set changelog.file to another path");

    public static StewardException ChangelogNotUtf8(string path, Exception inner) =>
        Invalid($"{path}: is not UTF-8 text; convert it to UTF-8 and run again", inner);

    public static StewardException ChangelogEntryTwice(string path, int line, string version, int firstLine) =>
        Invalid($"{path}:{line}: a second entry for {version} (the first is on line {firstLine}); remove one and run again");

    public static StewardException ChangelogEntryEdited(string path, int line, string version) =>
        Failed($"{path}:{line}: the entry for {version} differs from what the commits give now (edited by hand, or new commits since it was written); pass --force to replace it, or keep it as it is");

    public static StewardException ChangelogEntryHidden(string path, string version) =>
        Invalid($"{path}: the entry for {version} would not read back as a release heading: an unclosed HTML comment or block, or an unclosed code fence, above it hides the headings after it; close it and run again");

    /// <summary>A template that does not compile or render, or passes a limit; a built-in one failing is Steward's bug.</summary>
    /// <param name="line">The template line, when known.</param>
    public static StewardException TemplateError(string templateName, int? line, string reason, bool isBuiltIn, Exception? inner = null) =>
        Invalid($"{(line is null ? templateName : $"{templateName}:{line}")}: template error: {reason}; "
            + (isBuiltIn ? "this is a bug in Steward; please report it" : "fix the template, or use a built-in one (keepachangelog, github, full)"), inner);

    public static StewardException NothingForChangelog(string? reason) =>
        Nothing($"nothing to release: {reason}; the changelog gets a new entry with the next releasable commit (or name one with --version V)");

    /// <param name="rule">The rule of SemVer the text breaks.</param>
    public static StewardException VersionOptionNotAVersion(string text, string rule, Exception inner) =>
        Invalid($"--version {text}: not a version ({rule}); write it as X.Y.Z, e.g. 1.4.0", inner);

    /// <param name="origin">Where the template was named: --template or changelog.template.</param>
    public static StewardException TemplateNotFound(string origin, string nameOrPath, IEnumerable<string> builtIn) =>
        Invalid($"{origin} '{nameOrPath}': no built-in template by that name and no such file; use {string.Join(", ", builtIn)} or the path of a .hbs file");

    public static StewardException TemplateNotUtf8(string path, Exception inner) =>
        Invalid($"{path}: is not UTF-8 text; save the template as UTF-8", inner);

    public static StewardException ChangelogInBareRepository(string root) =>
        Invalid($"{root} is a bare repository: there is no CHANGELOG.md to write; use 'steward notes' to print the notes, or run in a clone");

    public static StewardException RegenerateWithVersion() => Invalid("--regenerate takes no --version: it writes every release tag; drop one of them");

    public static StewardException RegenerateWithoutTags(string tagPrefix) =>
        Invalid($"--regenerate: there are no release tags ({tagPrefix}X.Y.Z) in this repository; tag a release first, or run 'steward changelog' for the unreleased commits");

    public static StewardException RegenerateInShallowClone() =>
        Failed("shallow clone: --regenerate reads every release back to the first commit, and this clone's history is cut short; "
            + "fetch the whole history with 'git fetch --unshallow --tags' (GitHub Actions: actions/checkout with 'fetch-depth: 0')");
}

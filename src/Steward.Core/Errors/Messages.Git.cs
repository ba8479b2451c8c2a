namespace Steward.Core.Errors;

/// <summary>Git: the repository, revisions, history and the git process itself.</summary>
public static partial class Messages
{
    public static StewardException NotInRepository(string directory) =>
        Invalid($"{directory} is not inside a git repository; run Steward in one or pass --directory");

    public static StewardException NotInRepositoryForChangelog(string directory) =>
        Invalid($"{directory} is not inside a git repository; the changelog is made from git history, so run Steward in one or pass --directory");

    public static StewardException NotInRepositoryForLint(string directory) =>
        Invalid($"{directory} is not inside a git repository; run Steward in one, pass --directory, or check a file with --message-file");

    /// <param name="command">The first words of the git command line, e.g. "git tag -a".</param>
    /// <param name="firstErrorLine">The first line git wrote on its standard error.</param>
    public static StewardException GitFailed(string command, string firstErrorLine) =>
        Failed($"{command} failed: {firstErrorLine}");

    public static StewardException GitInputNotWritten(string command, string? why, Exception inner) =>
        Failed($"{command} failed: could not write its input ({why})", inner);

    public static StewardException GitNotStarted() => Failed("could not start git");

    public static StewardException GitNotInstalled(Exception inner) =>
        Failed("git is not installed or not on PATH; Steward needs the git command line", inner);

    public static StewardException GitObjectStreamEnded(string id) => Failed($"git cat-file ended before object {id}");

    public static StewardException GitObjectUnreadable(string id, string header) => Failed($"git cat-file could not read object {id}: {header}");

    public static StewardException NoRemoteTracked(IEnumerable<string> remotes, string branch) =>
        Invalid($"several remotes ({string.Join(", ", remotes)}) and branch '{branch}' tracks none of them; set its upstream with 'git branch --set-upstream-to'");

    public static StewardException NoCommitsYet() =>
        Invalid("HEAD: the repository has no commits yet; commit first, then ask for the next version");

    public static StewardException FromTagLacksPrefix(string from, string tagPrefix) =>
        Invalid($"--from {from}: not a release tag with the prefix '{tagPrefix}' ({tagPrefix}X.Y.Z); for tags without a prefix pass --tag-prefix '' (or set tagPrefix: '' in steward.yml)");

    public static StewardException FromNotAReleaseTag(string from, string tagPrefix) =>
        Invalid($"--from {from}: not a release tag ({tagPrefix}X.Y.Z); name a release tag, or give the version released there with --from-version V");

    /// <param name="reaching">The last release tag, or a description of the tag that was looked for.</param>
    public static StewardException ShallowClone(string boundaryShortSha, string reaching) =>
        Failed($"shallow clone: history stops at {boundaryShortSha} before reaching {reaching}, so the commits since the last release are unknown; "
            + "fetch the whole history with 'git fetch --unshallow --tags' (GitHub Actions: actions/checkout with 'fetch-depth: 0')");

    public static StewardException NotARevision(string optionName, string revision) =>
        Invalid($"{optionName} '{revision}': not a revision; name a tag, branch or commit");

    public static StewardException UnknownRevision(string optionName, string revision) =>
        Invalid($"{optionName} {revision}: no such commit, branch or tag in this repository; check the name (git tag, git branch -a) or fetch it first");

    public static StewardException NoSuchReleaseTag(string version, string tagPrefix) =>
        Invalid($"--version {version}: there is no release tag {tagPrefix}{version} in this repository; list the release tags with 'git tag --list \"{tagPrefix}*\"'");
}

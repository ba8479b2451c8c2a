namespace Steward.Core.Errors;

/// <summary>steward init --ci: the forge and the files it writes.</summary>
public static partial class Messages
{
    public static StewardException CiForgeUnknown(string forge, IEnumerable<string> forges) =>
        Invalid($"--ci '{forge}' is not a known forge; use {string.Join(", ", forges)}");

    public static StewardException PublishWithoutCi() =>
        Invalid("--publish adds publishing to the CI workflows; give it with --ci github|gitlab|gitea");

    public static StewardException PullRequestsWithoutCi() =>
        Invalid("--pr makes the CI workflows release through a release pull request; give it with --ci github|gitlab|gitea");

    public static StewardException CiFileExists(string path) =>
        Invalid($"{path} exists; pass --force to replace it, or merge the generated jobs by hand (see 'steward init --ci ... --dry-run')");
}

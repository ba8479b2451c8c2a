namespace Steward.Core.Errors;

/// <summary>Publishing on a forge: the forge: and publish: keys, tokens, assets and the forge's answers.</summary>
public static partial class Messages
{
    public static StewardException ForgeTypeInvalid(string text) =>
        Invalid($"steward.yml: forge.type '{text}' is not one of github, gitlab, gitea (Forgejo and Codeberg are gitea)");

    /// <param name="host">The remote's host, or null when the remote has no forge URL.</param>
    public static StewardException ForgeTypeUnknown(string remote, string? host) => host is null
        ? Invalid($"steward.yml: forge.type is not set and remote '{remote}' has no forge URL (https, ssh or scp form); set forge.type, forge.api and forge.repository")
        : Invalid($"steward.yml: forge.type is not set and '{host}' is not a known forge host; set forge.type to github, gitlab or gitea");

    public static StewardException ForgeApiUnknown(string remote) =>
        Invalid($"steward.yml: forge.api is not set and remote '{remote}' has no forge URL; set forge.api to the forge's API base URL");

    public static StewardException ForgeApiInvalid(string text) =>
        Invalid($"steward.yml: forge.api '{text}' is not an http(s) URL without user, query or fragment");

    public static StewardException ForgeRepositoryInvalid(string text, bool subgroups) =>
        Invalid($"steward.yml: forge.repository '{text}' is not {(subgroups ? "GROUP/NAME (or GROUP/SUBGROUP/NAME)" : "OWNER/NAME")} of letters, digits, '-', '_' and '.'");

    public static StewardException ForgeRepositoryUnknown(string remote) =>
        Invalid($"steward.yml: forge.repository is not set and remote '{remote}' has no forge URL (https, ssh or scp form); set forge.repository to OWNER/NAME");

    /// <param name="variables">The variables looked at, in order.</param>
    public static StewardException ForgeTokenMissing(IReadOnlyList<string> variables) =>
        Invalid($"no forge token in the environment: set {string.Join(" or ", variables)} (a token is never read from a file)");

    /// <param name="source">Where the glob comes from: "--assets" or "steward.yml: publish.assets".</param>
    public static StewardException PublishAssetsMatchNothing(string source, string glob) =>
        Invalid($"{source}: '{glob}' matches no file; run steward artifacts first, or fix the glob");

    public static StewardException PublishAssetOutsideRepository(string source, string glob) =>
        Invalid($"{source}: '{glob}' is not a path inside the repository; assets are published from the work tree only");

    public static StewardException PublishAssetTooLarge(string path, long size, string forge, long limit) =>
        Invalid($"{path}: {size} bytes is over {forge}'s limit of {limit} bytes per release asset; leave it out of the assets");

    public static StewardException PublishAssetNameTwice(string name, string first, string second) =>
        Invalid($"assets {first} and {second} would both be named '{name}' on the release; a release holds one file per name");

    /// <param name="prefixes">The components' tag prefixes.</param>
    public static StewardException PublishNeedsTagInMonorepo(IEnumerable<string> prefixes) =>
        Invalid($"in a repository with components, name the release to publish: --tag TAG (a tag of {string.Join(", ", prefixes.Select(p => p + "X.Y.Z"))})");

    /// <param name="prefixes">The components' tag prefixes.</param>
    public static StewardException PublishTagOfNoComponent(string tag, IEnumerable<string> prefixes) =>
        Invalid($"--tag {tag} is the release tag of no component (their tags are {string.Join(", ", prefixes.Select(p => p + "X.Y.Z"))})");

    public static StewardException PublishTagNotPushed(string tag, string remote) =>
        Failed($"tag {tag} is not on remote '{remote}'; push it first (git push {remote} {tag}), then run steward publish again");

    /// <param name="variable">The environment variable the token came from (never the token).</param>
    public static StewardException ForgeUnauthorized(string forge, string api, string variable) =>
        Invalid($"{forge} at {api} answered 401: the token in {variable} is not valid or has expired");

    public static StewardException ForgeForbidden(string forge, string call, string variable, string reason) =>
        Failed($"{forge} refused {call} (403: {reason}): the token in {variable} lacks write access to the repository's releases ({ForgeWriteAccess(forge)})");

    /// <summary>The permission a token needs to publish, in the forge's own terms (doctor and the 403 line say it).</summary>
    public static string ForgeWriteAccess(string forge) => forge switch
    {
        "GitLab" => "GitLab: the Developer role or higher, a token with the api scope",
        "Gitea" => "Gitea: write access to the repository, a token with the write:repository scope",
        _ => "GitHub: contents: write",
    };

    /// <param name="source">Where the draft was asked for: "--draft" or "steward.yml: publish.draft".</param>
    public static StewardException PublishDraftUnsupported(string forge, string source) =>
        Invalid($"{source}: {forge} keeps no draft releases, and a release created there is public at once; publish without a draft (drop --draft, set publish.draft: false)");

    public static StewardException ForgeNotFound(string forge, string call, string repository) =>
        Invalid($"{forge} answered 404 to {call}: repository {repository} does not exist there or the token cannot see it; check forge.api and forge.repository in steward.yml");

    /// <param name="reason">The forge's own message, sanitised.</param>
    /// <param name="rerun">The command that finishes the job: steward publish, or the release --continue that publishes.</param>
    public static StewardException ForgeRejected(string forge, string call, int status, string reason, string rerun = "steward publish") =>
        Failed($"{forge} rejected {call} ({status}: {reason}); rerun {rerun} once it is fixed: it finishes what is missing");

    public static StewardException ForgeUnavailable(string forge, string call, int status, int attempts, string rerun = "steward publish") =>
        Failed($"{forge} answered {status} to {call} after {attempts} attempt(s); rerun {rerun} later: it finishes what is missing");

    public static StewardException ForgeTimedOut(string forge, string call, int seconds, int attempts, string rerun = "steward publish") =>
        Failed($"{forge} did not answer {call} within {seconds} s ({attempts} attempt(s)); rerun {rerun}: it finishes what is missing");

    public static StewardException ForgeUnreachable(string forge, string call, string reason, string rerun = "steward publish") =>
        Failed($"cannot reach {forge} for {call} ({reason}); check forge.api and the network, then rerun {rerun}");

    public static StewardException ForgeRateLimited(string forge, string call, string until, string rerun = "steward publish") =>
        Failed($"{forge}'s rate limit stops {call} until {until}; rerun {rerun} after that: it finishes what is missing");

    /// <summary>A release's forge step failed after the push; the executor adds that the release stands and how to finish.</summary>
    public static StewardException PublishStepFailed(string tag, string cause) => Failed($"publishing {tag} failed: {cause}");

    public static StewardException ForgeAnswerInvalid(string forge, string call, string reason) =>
        Failed($"{forge} answered {call} with something that is not its API's JSON ({reason}); check forge.api");

    public static StewardException ForgeStillIncomplete(string tag, int rounds) =>
        Failed($"the release {tag} is still not as wanted after {rounds} rounds of reading and writing; rerun steward publish");

    public static StewardException ForgeUploadHostRefused(string host, string apiHost) =>
        Failed($"the forge asked for uploads to {host}, which is neither {apiHost} nor its upload host; the token is not sent there");

    /// <summary>steward release --publish: the release is tagged and pushed, its publication failed.</summary>
    public static StewardException PublishTagInvalid(string tag, string prefix) =>
        Invalid($"--tag: '{tag}' is not a release tag ({prefix}X.Y.Z)");

    public static StewardException PublishTagNotFound(string tag) =>
        Invalid($"--tag: tag {tag} does not exist in this repository; fetch the tags or release first");
}

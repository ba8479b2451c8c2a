namespace Steward.Core.Errors;

/// <summary>steward announce: its configuration, the release it announces, and deliveries that failed.</summary>
public static partial class Messages
{
    public static StewardException AnnouncerNameInvalid(string key, string name) =>
        Invalid($"steward.yml: {key}.name '{name}' is not a name; use letters, digits, '-', '_' and '.' (it names the announcer's delivery record)");

    public static StewardException AnnouncerNameTwice(string name) =>
        Invalid($"steward.yml: announce: two announcers are named '{name}'; give each its own name");

    public static StewardException AnnouncerKindUnknown(string name, string kind, IEnumerable<string> kinds) =>
        Invalid($"steward.yml: announce '{name}': kind '{kind}' is not known; use {string.Join(", ", kinds)}");

    public static StewardException AnnouncerWhenUnknown(string name, string when) =>
        Invalid($"steward.yml: announce '{name}': when '{when}' is not known; use stable, prerelease or always");

    /// <param name="key">urlEnv or tokenEnv.</param>
    public static StewardException AnnouncerVariableMissing(string name, string key) =>
        Invalid($"steward.yml: announce '{name}': {key} is missing; name the environment variable that holds it (secrets never go in the file)");

    public static StewardException NoAnnouncers() =>
        Invalid("steward.yml has no announcers; add them under 'announce' (see docs/announce.md)");

    public static StewardException AnnounceTagUnknown(string tag) =>
        Invalid($"tag '{tag}' is not a release tag of this repository; name one that 'git tag --list' shows");

    public static StewardException NoReleaseToAnnounce() =>
        Invalid("no release tag is reachable from HEAD, so there is nothing to announce; release first, or pass --tag TAG");

    /// <param name="failures">The announcers that failed, each with its reason.</param>
    /// <param name="remedy">What sends the rest.</param>
    public static StewardException AnnouncementsFailed(string tag, IEnumerable<string> failures, string remedy) =>
        Failed($"announcing {tag}: {string.Join("; ", failures)} (--strict); {remedy}");

    /// <summary>A warning: one announcer's delivery failed (the run goes on).</summary>
    /// <param name="remedy">What sends it ("a rerun sends it").</param>
    public static string AnnouncementFailed(string name, string kind, string reason, string remedy) =>
        $"announce: {kind} '{name}' failed: {reason}; {remedy}";

    public static StewardException AnnounceTagAndComponent() =>
        Invalid("--tag and --component both name what to announce; give one of them");

    public static StewardException NoComponentReleaseToAnnounce(string component) =>
        Invalid($"component '{component}' has no release tag reachable from HEAD, so there is nothing to announce; release it first, or pass --tag TAG");

    /// <param name="tagForms">Each component's tag form (api-vX.Y.Z).</param>
    public static StewardException NoComponentReleaseAtHeadToAnnounce(IEnumerable<string> tagForms) =>
        Invalid($"no component's newest release is at HEAD (no tag {string.Join(", ", tagForms)} points at it), so there is nothing to announce; name one with --component NAME or --tag TAG");

    /// <summary>A warning: the delivery records could not be pushed.</summary>
    public static string AnnounceRecordsNotPushed(string remote) =>
        $"announce: the delivery records ({Announce.DeliveryRecords.NotesRef}) were not pushed to '{remote}'; run 'git push {remote} {Announce.DeliveryRecords.NotesRef}' so other runs see them";

    public static string AnnounceVariableUnset(string variable) => $"environment variable {variable} is not set";

    public static string AnnounceAddressInvalid(string variable) => $"environment variable {variable} is not an http(s) address";

    public static string AnnounceHttpStatus(int status) => $"HTTP {status}";

    public static string AnnounceTimedOut(TimeSpan timeout) => $"no answer within {timeout.TotalSeconds:0.#} s";

    /// <param name="error">How the request failed, as .NET names it (ConnectionError, NameResolutionError, ...).</param>
    public static string AnnounceUnreachable(string error) => $"could not deliver ({error})";
}

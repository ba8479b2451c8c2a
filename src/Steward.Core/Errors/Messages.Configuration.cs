namespace Steward.Core.Errors;

/// <summary>steward.yml: its syntax, its keys and the values Steward checks when it reads them.</summary>
public static partial class Messages
{
    public static StewardException ConfigSyntax(string path, long line, string parserReason, Exception inner) =>
        Invalid($"{path}:{line}: {parserReason}", inner);

    /// <param name="suggestion">The closest known key of the same section, or null.</param>
    public static StewardException ConfigUnknownKey(string path, long line, string key, string? suggestion, Exception? inner = null) =>
        Invalid($"{path}:{line}: unknown key '{key}'{DidYouMean(suggestion)}", inner);

    public static StewardException ConfigValueMissing(string path, long line, Exception? inner = null) =>
        Invalid($"{path}:{line}: this key has no value; write one, or remove the key to keep its default (see docs/configuration.md)", inner);

    public static StewardException ConfigWrongShape(string path, long line, Exception? inner = null) =>
        Invalid($"{path}:{line}: this value has the wrong shape for its key (see docs/configuration.md)", inner);

    public static StewardException SupportFullMajorsTooFew(int fullMajors) =>
        Invalid($"steward.yml: flow.support.fullMajors: {fullMajors}; at least the newest major has full support (use 1 or more)");

    public static StewardException SupportSecurityNegative() =>
        Invalid("steward.yml: flow.support.securityMajors and securityMonths must be 0 or more");

    public static StewardException CommitTypeBumpUnknown(string type, string bump) =>
        Invalid($"steward.yml: commits.types.{type}: '{bump}' is not a bump; use major, minor, patch or none");

    public static StewardException ChangelogSectionWithoutTitle(string key, IEnumerable<string> defaultKeys) =>
        Invalid($"steward.yml: changelog section '{key}' has no title; add it under changelog.titles or use one of {string.Join(", ", defaultKeys)}");

    public static StewardException SkipCommitNotASha(string sha) =>
        Invalid($"steward.yml: changelog.skipCommits '{sha}' is not a commit sha; write at least 7 hex digits of the commit to leave out");

    public static StewardException ChangelogExcludeNotARegex(string pattern, ArgumentException inner) =>
        Invalid($"steward.yml: changelog.exclude '{pattern}' is not a valid regular expression: {inner.Message}", inner);

    /// <param name="address">The address with any credentials removed.</param>
    public static StewardException LinksBaseUrlNotHttp(string address) =>
        Invalid($"steward.yml: changelog.links.baseUrl '{address}' is not an http(s) address; write the project's web address, e.g. https://git.example.com/group/project");

    public static StewardException LinksHostUnknown(string name) =>
        Invalid($"steward.yml: changelog.links.host '{name}' is not known; use github, gitlab, bitbucket, gitea, forgejo, azure or none");

    public static StewardException TagMessageEmpty() =>
        Invalid("steward.yml: release.tagMessage is empty; write a message such as 'Release {{tag}}', or remove the key to use the release notes");

    /// <param name="where">The key or option the timeout was given for.</param>
    public static StewardException TimeoutNotADuration(string where, string text) =>
        Invalid($"{where}: timeout '{text}' is not a duration; write seconds (600) or 90s, 10m, 1h");

    /// <param name="key">The key the user's pattern was configured under.</param>
    /// <param name="pattern">The pattern, already escaped for the terminal.</param>
    public static StewardException RegexTooSlow(string key, string pattern, TimeSpan timeout, Exception inner) =>
        Invalid($"{key} '{pattern}': matching took longer than {timeout.TotalSeconds:0.#} s, "
            + "as a pattern with nested repetition such as (a+)+ can; simplify the regular expression", inner);

    public static StewardException ChangelogFileEmpty() =>
        Invalid("steward.yml: changelog.file is empty; name the changelog file, e.g. CHANGELOG.md");

    public static StewardException ChangelogTitleEmpty(string key, string defaultTitle) =>
        Invalid($"steward.yml: changelog.titles.{key} is empty; give the section a title, or leave the key out to keep '{defaultTitle}'");

    public static StewardException ChangelogOrderTwice(string key) =>
        Invalid($"steward.yml: changelog.order lists '{key}' twice; list each section once");

    /// <param name="key">The list or mapping, as steward.yml spells it (e.g. changelog.hidden).</param>
    public static StewardException ConfigEmptyItem(string key) =>
        Invalid($"steward.yml: {key} has an empty item; write a value or remove the item");
}

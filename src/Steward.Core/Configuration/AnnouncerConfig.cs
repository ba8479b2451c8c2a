namespace Steward.Core.Configuration;

/// <summary>
/// One announcer under <c>announce</c> in steward.yml: where a release is announced (see docs/announce.md). Webhook
/// URLs embed tokens, so the file names the environment variables that hold them, never the values.
/// </summary>
public sealed class AnnouncerConfig
{
    /// <summary>The announcer's name: in reports and in its delivery record.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>webhook, slack, discord, teams or mastodon.</summary>
    public string Kind { get; set; } = string.Empty;

    /// <summary>The environment variable holding the webhook URL (for mastodon: the instance's address).</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1056", Justification = "The name of an environment variable, not an address.")]
    public string? UrlEnv { get; set; }

    /// <summary>webhook: the environment variable holding the HMAC-SHA256 secret that signs the body.</summary>
    public string? SecretEnv { get; set; }

    /// <summary>mastodon: the environment variable holding the access token.</summary>
    public string? TokenEnv { get; set; }

    /// <summary>The message, a Handlebars template over the notes model (docs/changelog.md) plus notes, project, prerelease.</summary>
    public string? Template { get; set; }

    /// <summary>Which releases: stable (default), prerelease or always.</summary>
    public string When { get; set; } = "stable";

    /// <summary>How long one delivery may take: seconds or 90s, 1m.</summary>
    public string Timeout { get; set; } = "10s";
}

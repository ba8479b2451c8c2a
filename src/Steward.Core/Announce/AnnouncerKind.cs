namespace Steward.Core.Announce;

/// <summary>Where an announcement goes; each has its own body (see <see cref="AnnouncementPayload"/>).</summary>
public enum AnnouncerKind
{
    Webhook,
    Slack,
    Discord,
    Teams,
    Mastodon,
}

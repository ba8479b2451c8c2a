using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Steward.Core.Announce;

/// <summary>
/// The HTTP request an announcer sends, as data: the body each service expects, its headers, and for Mastodon the path
/// under the instance. Pure, so tests and <c>--dry-run</c> see exactly what would be sent.
/// </summary>
/// <param name="Path">Appended to the configured URL (Mastodon's status endpoint); empty for webhooks.</param>
public sealed record AnnouncementPayload(byte[] Body, IReadOnlyList<KeyValuePair<string, string>> Headers, string Path)
{
    /// <summary>The signature header of the generic webhook: <c>sha256=</c> and the HMAC-SHA256 of the body, in hex.</summary>
    public const string SignatureHeader = "X-Steward-Signature-256";

    /// <summary>Discord refuses a message over 2000 characters; Mastodon's default limit is 500.</summary>
    private const int DiscordLimit = 2000;

    private const int MastodonLimit = 500;

    /// <param name="secret">The webhook's signing secret, or null for an unsigned body.</param>
    /// <param name="token">Mastodon's access token.</param>
    public static AnnouncementPayload For(Announcer announcer, Announcement announcement, string? secret, string? token)
    {
        ArgumentNullException.ThrowIfNull(announcer);
        ArgumentNullException.ThrowIfNull(announcement);
        var headers = new List<KeyValuePair<string, string>>();
        byte[] body;
        var path = string.Empty;
        switch (announcer.Kind)
        {
            case AnnouncerKind.Webhook:
                body = Json(w =>
                {
                    w.WriteString("event", "release");
                    w.WriteString("project", announcement.Project);
                    w.WriteString("tag", announcement.Tag);
                    w.WriteString("version", announcement.Version);
                    w.WriteString("previousVersion", announcement.PreviousVersion);
                    w.WriteBoolean("prerelease", announcement.Prerelease);
                    w.WriteString("url", announcement.Page);
                    w.WriteString("notes", announcement.Notes);
                    w.WriteString("text", announcement.Text);
                });
                headers.Add(new("X-Steward-Event", "release"));
                if (secret is not null)
                {
                    headers.Add(new(SignatureHeader, Sign(secret, body)));
                }

                break;
            case AnnouncerKind.Slack:
                body = Json(w => w.WriteString("text", announcement.Text));
                break;
            case AnnouncerKind.Discord:
                body = Json(w => w.WriteString("content", Cut(announcement.Text, DiscordLimit)));
                break;
            case AnnouncerKind.Teams:
                // A Teams workflow ("post to a channel when a webhook request is received") takes an Adaptive Card.
                body = Json(w =>
                {
                    w.WriteString("type", "message");
                    w.WriteStartArray("attachments");
                    w.WriteStartObject();
                    w.WriteString("contentType", "application/vnd.microsoft.card.adaptive");
                    w.WriteStartObject("content");
                    w.WriteString("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
                    w.WriteString("type", "AdaptiveCard");
                    w.WriteString("version", "1.4");
                    w.WriteStartArray("body");
                    w.WriteStartObject();
                    w.WriteString("type", "TextBlock");
                    w.WriteString("text", announcement.Text);
                    w.WriteBoolean("wrap", true);
                    w.WriteEndObject();
                    w.WriteEndArray();
                    w.WriteEndObject();
                    w.WriteEndObject();
                    w.WriteEndArray();
                });
                break;
            default:
                body = Json(w =>
                {
                    w.WriteString("status", Cut(announcement.Text, MastodonLimit));
                    w.WriteString("visibility", "public");
                });
                path = "/api/v1/statuses";
                headers.Add(new("Authorization", "Bearer " + token));
                // The same key for the same release and announcer: Mastodon posts it once even if a response was lost.
                headers.Add(new("Idempotency-Key", $"steward-{announcer.Name}-{announcement.Tag}"));
                break;
        }

        return new AnnouncementPayload(body, headers, path);
    }

    /// <summary><c>sha256=</c> and the lowercase hex HMAC-SHA256 of <paramref name="body"/> under <paramref name="secret"/>.</summary>
    public static string Sign(string secret, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    private static string Cut(string text, int limit) =>
        text.Length <= limit ? text : string.Concat(text.AsSpan(0, limit - 1), "…");

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }
}

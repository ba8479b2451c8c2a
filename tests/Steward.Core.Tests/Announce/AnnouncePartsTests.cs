using Steward.Core.Announce;
using Steward.Core.Text;

namespace Steward.Core.Tests.Announce;

/// <summary>The pure parts of announcing: the signature, delivery records and the redactor.</summary>
public sealed class AnnouncePartsTests
{
    [Fact]
    public void The_signature_is_the_HMAC_SHA256_of_the_body_in_lowercase_hex()
    {
        // RFC 4231, test case 2: key "Jefe", data "what do ya want for nothing?".
        AnnouncementPayload.Sign("Jefe", "what do ya want for nothing?"u8.ToArray())
            .Should().Be("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    [Fact]
    public void Delivery_records_list_each_announcer_once_and_force_replaces_its_line()
    {
        var at = new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);
        var note = DeliveryRecords.Add(null, "chat", at, 200);
        note = DeliveryRecords.Add(note, "hook", at, 204);
        note = DeliveryRecords.Add(note, "chat", at.AddHours(1), 200);

        note.Should().Be("hook 2026-11-21T10:00:00Z 204\nchat 2026-11-21T11:00:00Z 200\n");
        DeliveryRecords.Delivered(note).Should().BeEquivalentTo(["hook", "chat"]);
        DeliveryRecords.Delivered(null).Should().BeEmpty();
    }

    [Fact]
    public void The_redactor_masks_secrets_and_the_path_of_every_address()
    {
        var redactor = new SecretRedactor();
        redactor.Add("https://hooks.slack.com/services/T000/B000/XXXX");
        redactor.Add("tok3n-value");

        redactor.Redact("posting to https://hooks.slack.com/services/T000/B000/XXXX with tok3n-value, path /services/T000/B000/XXXX")
            .Should().Be("posting to *** with ***, path ***");
    }
}

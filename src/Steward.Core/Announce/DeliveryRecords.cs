using System.Globalization;

namespace Steward.Core.Announce;

/// <summary>
/// The delivery record of one release: the text of its git note under <c>refs/notes/steward-announce</c>, one line
/// per announcer that delivered, <c>NAME TIME HTTP-STATUS</c>. An announcer with a line is not sent again (without
/// <c>--force</c>).
/// </summary>
public static class DeliveryRecords
{
    public const string NotesRef = "refs/notes/steward-announce";

    /// <summary>The announcers a note records as delivered.</summary>
    public static IReadOnlySet<string> Delivered(string? note) =>
        (note ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(' ')[0])
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The note with <paramref name="announcer"/>'s delivery (its older line, after --force, replaced).</summary>
    public static string Add(string? note, string announcer, DateTimeOffset at, int status)
    {
        var lines = (note ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => l.Split(' ')[0] != announcer)
            .Append(string.Create(CultureInfo.InvariantCulture, $"{announcer} {at.ToUniversalTime():yyyy-MM-dd'T'HH:mm:ss'Z'} {status}"));
        return string.Join('\n', lines) + "\n";
    }
}

using Steward.Cli;
using Steward.Core.Commits;
using Steward.UseCases;

namespace Steward.Commands;

/// <summary>The JSON of <c>steward log --json</c>: the range and every commit in it with its parsed message.</summary>
internal static class LogJson
{
    // "2024-05-01T12:30:00+02:00" is 25 characters; room to spare.
    private const int DateChars = 40;

    public static void Write(TextWriter output, HistoryScope scope, BumpDecision decision)
    {
        using var json = new ChunkedJsonWriter();
        var w = json.Writer;
        {
            w.WriteStartObject();
            w.WriteString("from", scope.Range.LastRelease?.Name ?? scope.Range.BaseSha);
            w.WriteString("to", scope.Range.To);
            w.WriteString("bump", CommitJson.Level(decision.Level));
            w.WriteStartArray("commits");
            Span<char> date = stackalloc char[DateChars];
            foreach (var entry in decision.Commits)
            {
                var commit = entry.Commit.Commit;
                var message = entry.Commit.Message;
                w.WriteStartObject();
                w.WriteString("sha", commit.Sha);
                w.WriteStringArray("parents", commit.Parents);
                w.WriteString("author", commit.AuthorName);
                w.WriteString("email", commit.AuthorEmail);
                w.WriteString("date", Date(commit.AuthorDate, date));
                w.WriteBoolean("conventional", message.IsConventional);
                w.WriteString("type", message.Type);
                w.WriteString("scope", message.Scope);
                w.WriteBoolean("breaking", message.IsBreaking);
                w.WriteString("subject", message.Subject);
                w.WriteString("description", message.Description);
                w.WriteString("body", message.Body);
                w.WriteStartArray("footers");
                foreach (var footer in message.Footers)
                {
                    w.WriteStartObject();
                    w.WriteString("token", footer.Token);
                    w.WriteString("value", footer.Value);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteStringArray("breakingNotes", message.BreakingNotes);
                w.WriteString("pullRequest", message.PullRequest);
                w.WriteString("role", CommitJson.Role(entry.Role));
                w.WriteString("bump", CommitJson.Level(entry.Level));
                w.WriteEndObject();
                json.FlushIfLarge(output);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        json.Complete(output);
    }

    /// <summary>The author date as git's ISO 8601 form, formatted into <paramref name="buffer"/>: no string for each commit.</summary>
    private static ReadOnlySpan<char> Date(DateTimeOffset date, Span<char> buffer) =>
        date.TryFormat(buffer, out var written, "yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture)
            ? buffer[..written]
            : date.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
}

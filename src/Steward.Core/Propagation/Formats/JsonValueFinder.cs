using System.Text;
using System.Text.Json;

namespace Steward.Core.Propagation.Formats;

/// <summary>
/// Finds values by key path in a JSON file with <see cref="Utf8JsonReader"/>, which reports each token's byte offset,
/// so the edit happens in the original text. Only exact paths match: a dependency's <c>version</c> is never the
/// top-level one. A key written twice in one object is an error, as it would make "the" version ambiguous.
/// </summary>
public static class JsonValueFinder
{
    public static IReadOnlyList<FoundValue> Find(string path, string text, IReadOnlyList<string> keyPath)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var found = new List<FoundValue>();
        var lines = new LineIndex(text);
        var walk = new JsonPathWalker(path, bytes, lines, keyPath, found);
        try
        {
            if (!reader.Read())
            {
                throw LocatorErrors.Malformed(path, 1, "JSON", "the file is empty");
            }

            walk.Value(ref reader, []);
            if (reader.Read())
            {
                throw LocatorErrors.Malformed(path, lines.LineOf(Encoding.UTF8.GetCharCount(bytes, 0, (int)reader.TokenStartIndex)), "JSON", "more than one value at the top level");
            }
        }
        catch (JsonException e)
        {
            throw LocatorErrors.Malformed(path, (int)(e.LineNumber ?? 0) + 1, "JSON", Reason(e.Message));
        }

        return found;
    }

    private static string Reason(string message)
    {
        // System.Text.Json appends " LineNumber: N | BytePositionInLine: M."; the line is reported separately.
        // Advice about reader options is for programmers, not for the person fixing the file.
        var end = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var sentences = (end > 0 ? message[..end] : message).Split(". ", StringSplitOptions.RemoveEmptyEntries)
            .Where(s => !s.Contains("reader options", StringComparison.Ordinal));
        return string.Join(". ", sentences).TrimEnd('.', ' ');
    }
}

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
        var walk = new Walk(path, bytes, lines, keyPath, found);
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
            throw LocatorErrors.Malformed(path, (int)(e.LineNumber ?? 0) + 1, "JSON", FirstSentence(e.Message));
        }

        return found;
    }

    private static string FirstSentence(string message)
    {
        // System.Text.Json appends " LineNumber: N | BytePositionInLine: M."; the line is reported separately.
        // Advice about reader options is for programmers, not for the person fixing the file.
        var end = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var sentences = (end > 0 ? message[..end] : message).Split(". ", StringSplitOptions.RemoveEmptyEntries)
            .Where(s => !s.Contains("reader options", StringComparison.Ordinal));
        return string.Join(". ", sentences).TrimEnd('.', ' ');
    }

    private sealed class Walk(string path, byte[] bytes, LineIndex lines, IReadOnlyList<string> keyPath, List<FoundValue> found)
    {
        public void Value(ref Utf8JsonReader reader, List<string> at)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    var names = new Dictionary<string, int>(StringComparer.Ordinal);
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                    {
                        var name = reader.GetString()!;
                        var line = LineAt(reader.TokenStartIndex);
                        if (!names.TryAdd(name, line) && IsPrefixOfKeyPath(at, name))
                        {
                            throw LocatorErrors.Malformed(path, line, "JSON", $"the key \"{name}\" appears twice in one object (first on line {names[name]})");
                        }

                        reader.Read();
                        at.Add(name);
                        Value(ref reader, at);
                        at.RemoveAt(at.Count - 1);
                    }

                    break;
                case JsonTokenType.StartArray:
                    var index = 0;
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        at.Add(index.ToString(System.Globalization.CultureInfo.InvariantCulture));
                        Value(ref reader, at);
                        at.RemoveAt(at.Count - 1);
                        index++;
                    }

                    break;
                default:
                    if (at.SequenceEqual(keyPath, StringComparer.Ordinal))
                    {
                        Record(ref reader);
                    }

                    break;
            }
        }

        private bool IsPrefixOfKeyPath(List<string> at, string name) =>
            at.Count < keyPath.Count && keyPath[at.Count] == name && at.SequenceEqual(keyPath.Take(at.Count), StringComparer.Ordinal);

        private void Record(ref Utf8JsonReader reader)
        {
            var line = LineAt(reader.TokenStartIndex);
            if (reader.TokenType != JsonTokenType.String)
            {
                found.Add(new FoundValue(0, 0, string.Empty, line, false, "is not a string"));
                return;
            }

            var start = Encoding.UTF8.GetCharCount(bytes, 0, (int)reader.TokenStartIndex + 1);
            var value = reader.GetString()!;
            found.Add(reader.ValueIsEscaped
                ? new FoundValue(start, 0, value, line, false, "uses escapes")
                : new FoundValue(start, value.Length, value, line, true));
        }

        private int LineAt(long byteOffset) => lines.LineOf(Encoding.UTF8.GetCharCount(bytes, 0, (int)byteOffset));
    }
}

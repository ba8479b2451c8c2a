using System.Text;
using System.Text.Json;

namespace Steward.Core.Propagation.Formats;

/// <summary>
/// Walks one JSON value with <see cref="Utf8JsonReader"/>, tracking the key path, and records every value at
/// <c>keyPath</c> with its character position. A key written twice on the way to <c>keyPath</c> is an error.
/// </summary>
internal sealed class JsonPathWalker(string path, byte[] bytes, LineIndex lines, IReadOnlyList<string> keyPath, List<FoundValue> found)
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

using System.Text;
using System.Text.Json;
using Steward.Core.Errors;

namespace Steward.Core.Artifacts.Formats;

/// <summary>Parses JSON into <see cref="LineJsonNode"/>s; a syntax error names the file and line.</summary>
public static class LineJsonParser
{
    public static LineJsonNode Parse(string displayPath, string text)
    {
        if (string.IsNullOrWhiteSpace(text.TrimStart('\uFEFF')))
        {
            throw Messages.JsonFileEmpty(displayPath);
        }

        var bytes = Encoding.UTF8.GetBytes(text.TrimStart('\uFEFF'));
        var lineStarts = LineStarts(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            reader.Read();
            var root = ReadValue(ref reader, lineStarts, displayPath);
            if (reader.Read())
            {
                throw new JsonException("more than one JSON value", null, LineOf(lineStarts, reader.TokenStartIndex) - 1, null);
            }

            return root;
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            var reason = e.Message.Split(" LineNumber:", 2)[0].Split(" Path:", 2)[0].TrimEnd('.', ' ');
            throw Messages.NotValidJson(displayPath, line, reason, e);
        }
    }

    private static LineJsonNode ReadValue(ref Utf8JsonReader reader, int[] lineStarts, string displayPath)
    {
        var line = LineOf(lineStarts, reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var obj = new LineJsonNode(JsonNodeKind.Object, line);
                var seen = new Dictionary<string, int>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString()!;
                    var nameLine = LineOf(lineStarts, reader.TokenStartIndex);

                    // Which of two equal keys wins differs between readers: the file would mean one thing here and
                    // another to the next tool, so it is refused.
                    if (!seen.TryAdd(name, nameLine))
                    {
                        throw Messages.DuplicateKey(displayPath, nameLine, name, seen[name]);
                    }

                    reader.Read();
                    obj.Properties.Add(new(name, ReadValue(ref reader, lineStarts, displayPath)));
                }

                return obj;
            case JsonTokenType.StartArray:
                var array = new LineJsonNode(JsonNodeKind.Array, line);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    array.Items.Add(ReadValue(ref reader, lineStarts, displayPath));
                }

                return array;
            case JsonTokenType.String:
                return new LineJsonNode(JsonNodeKind.String, line, reader.GetString());
            case JsonTokenType.Number:
                return new LineJsonNode(JsonNodeKind.Number, line, Encoding.UTF8.GetString(reader.ValueSpan));
            case JsonTokenType.True:
            case JsonTokenType.False:
                return new LineJsonNode(JsonNodeKind.Boolean, line, reader.TokenType == JsonTokenType.True ? "true" : "false");
            default:
                return new LineJsonNode(JsonNodeKind.Null, line);
        }
    }

    private static int[] LineStarts(byte[] bytes)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }

    private static int LineOf(int[] lineStarts, long offset)
    {
        var index = Array.BinarySearch(lineStarts, (int)offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }
}

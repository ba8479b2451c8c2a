namespace Steward.Core.Artifacts.Formats;

/// <summary>
/// A JSON value that remembers the line it starts on, so that an error about a field (not only a syntax error) can
/// name the line. System.Text.Json's document model forgets positions; this small tree keeps them.
/// </summary>
public sealed class LineJsonNode
{
    public LineJsonNode(JsonNodeKind kind, int line, string? text = null)
    {
        Kind = kind;
        Line = line;
        Text = text;
    }

    public JsonNodeKind Kind { get; }

    /// <summary>1-based line of the value's first character.</summary>
    public int Line { get; }

    /// <summary>The value of a string, the literal of a number or boolean; null for objects, arrays and null.</summary>
    public string? Text { get; }

    /// <summary>Members of an object, in document order.</summary>
    public List<KeyValuePair<string, LineJsonNode>> Properties { get; } = [];

    /// <summary>Items of an array.</summary>
    public List<LineJsonNode> Items { get; } = [];

    /// <summary>The member called <paramref name="name"/> of an object (the last one if repeated), or null.</summary>
    public LineJsonNode? Get(string name)
    {
        LineJsonNode? found = null;
        foreach (var (key, value) in Properties)
        {
            if (key == name)
            {
                found = value;
            }
        }

        return found;
    }

    /// <summary>A JSON type name for error messages: "an object", "a string"...</summary>
    public string Describe() => Kind switch
    {
        JsonNodeKind.Object => "an object",
        JsonNodeKind.Array => "an array",
        JsonNodeKind.String => "a string",
        JsonNodeKind.Number => "a number",
        JsonNodeKind.Boolean => "a boolean",
        _ => "null",
    };
}

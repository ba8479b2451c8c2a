using System.Text;
using System.Text.Json;

namespace Steward.Cli;

/// <summary>Writes machine-readable output: indented, UTF-8, no escaping of non-ASCII text, newline-terminated.</summary>
internal static class Json
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            write(writer);
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>Writes a record through its source-generated contract (see <see cref="OutputJson"/>).</summary>
    public static void Write<T>(TextWriter output, T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        Write(output, writer => JsonSerializer.Serialize(writer, value, type));

    /// <summary>Writes a number of any size exactly (version numbers are unbounded).</summary>
    public static void WriteNumber(this Utf8JsonWriter writer, string name, System.Numerics.BigInteger value)
    {
        writer.WritePropertyName(name);
        writer.WriteRawValue(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Writes <paramref name="values"/> as an array of strings named <paramref name="name"/>.</summary>
    public static void WriteStringArray(this Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}

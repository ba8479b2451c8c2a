using System.Text;
using System.Text.Json;

namespace Steward.Cli;

/// <summary>
/// JSON written to a <see cref="TextWriter"/> (which the caller owns) in chunks, in the same style as <see cref="Json"/>, so that a long
/// document (every commit of a big range) never sits in memory whole. Call <see cref="FlushIfLarge"/> between items.
/// </summary>
internal sealed class ChunkedJsonWriter : IDisposable
{
    private const int ChunkSize = 1 << 16;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly MemoryStream buffer = new();

    private char[] chars = [];

    public ChunkedJsonWriter() => Writer = new Utf8JsonWriter(buffer, Options);

    public Utf8JsonWriter Writer { get; }

    public void FlushIfLarge(TextWriter output)
    {
        if (Writer.BytesPending + buffer.Length >= ChunkSize)
        {
            Drain(output);
        }
    }

    /// <summary>Writes what is left and the final newline.</summary>
    public void Complete(TextWriter output)
    {
        Drain(output);
        output.WriteLine();
    }

    public void Dispose()
    {
        Writer.Dispose();
        buffer.Dispose();
    }

    private void Drain(TextWriter output)
    {
        Writer.Flush();

        // Chunks end between JSON tokens, which are whole UTF-8 sequences, so each chunk decodes on its own; into one
        // buffer kept for every chunk, not a string for each (a chunk's string is large enough for the large-object heap).
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var needed = Encoding.UTF8.GetMaxCharCount(bytes.Length);
        if (chars.Length < needed)
        {
            chars = new char[needed];
        }

        output.Write(chars, 0, Encoding.UTF8.GetChars(bytes, chars));
        buffer.SetLength(0);
    }
}

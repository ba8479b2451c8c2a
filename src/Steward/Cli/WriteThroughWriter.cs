using System.Buffers;
using System.Text;

namespace Steward.Cli;

/// <summary>
/// A writer that passes each write call on to its stream at once, as one UTF-8 write: output shows as it happens and an
/// exit loses nothing, as with <c>AutoFlush</c>, but a long text is one write(2) rather than one per 1,024 characters
/// of a <see cref="StreamWriter"/>'s buffer, and no buffer is held between calls.
/// </summary>
internal sealed class WriteThroughWriter(Stream stream) : TextWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // Keeps the first half of a surrogate pair that one call ends with for the next call, as a StreamWriter would.
    private readonly Encoder encoder = Utf8.GetEncoder();

    public override Encoding Encoding => Utf8;

    public override void Write(char value) => Write(new ReadOnlySpan<char>(in value));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (buffer.IsEmpty)
        {
            return;
        }

        var bytes = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(buffer.Length));
        try
        {
            var count = encoder.GetBytes(buffer, bytes, flush: false);
            if (count > 0)
            {
                stream.Write(bytes, 0, count);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    public override void Flush() => stream.Flush();
}

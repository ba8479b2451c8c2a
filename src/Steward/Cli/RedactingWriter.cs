using System.Text;
using Steward.Core.Text;

namespace Steward.Cli;

/// <summary>
/// A writer that passes text on with secrets taken out (<see cref="SecretRedactor"/>), so a token never reaches standard
/// output or error, whichever code wrote it (an error line, --verbose, --json, a forge trace). The complete lines of
/// each write call go on in one call to the inner writer (one write(2) for a long text, not one per line); the text
/// after the last newline is held until its line ends (a token split over two writes is still found) or a flush.
/// </summary>
internal sealed class RedactingWriter(TextWriter inner, SecretRedactor redactor) : TextWriter
{
    // The held text, and the complete lines that end it once its newline comes: one buffer, so that they go on together.
    private char[] held = [];
    private int heldLength;

    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => inner.NewLine;
        set => inner.NewLine = value;
    }

    public override void Write(char value) => Write(new ReadOnlySpan<char>(in value));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        var lastNewline = buffer.LastIndexOf('\n');
        if (lastNewline < 0)
        {
            Hold(buffer);
            return;
        }

        var lines = buffer[..(lastNewline + 1)];
        if (heldLength == 0)
        {
            Pass(lines);
        }
        else
        {
            Hold(lines);
            PassHeld();
        }

        Hold(buffer[(lastNewline + 1)..]);
    }

    public override void Flush()
    {
        PassHeld();
        inner.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            PassHeld();
        }

        // The inner writer belongs to the caller (the process's standard streams, a test's StringWriter).
        base.Dispose(disposing);
    }

    private void Hold(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        if (heldLength + text.Length > held.Length)
        {
            Array.Resize(ref held, Math.Max(heldLength + text.Length, Math.Max(held.Length * 2, 256)));
        }

        text.CopyTo(held.AsSpan(heldLength));
        heldLength += text.Length;
    }

    private void PassHeld()
    {
        if (heldLength == 0)
        {
            return;
        }

        Pass(held.AsSpan(0, heldLength));
        heldLength = 0;
    }

    /// <summary>Text with nothing to take out goes on as it is, without a string made of it.</summary>
    private void Pass(ReadOnlySpan<char> text)
    {
        if (redactor.Finds(text))
        {
            inner.Write(redactor.Redact(text.ToString()));
        }
        else
        {
            inner.Write(text);
        }
    }
}

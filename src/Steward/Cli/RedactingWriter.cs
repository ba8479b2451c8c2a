using System.Text;
using Steward.Core.Text;

namespace Steward.Cli;

/// <summary>
/// A writer that passes text on line by line with secrets taken out (<see cref="SecretRedactor"/>), so a token never
/// reaches standard output or error, whichever code wrote it (an error line, --verbose, --json, a forge trace).
/// A line is held until its newline (a token split over two writes is still found) or a flush.
/// </summary>
internal sealed class RedactingWriter(TextWriter inner, SecretRedactor redactor) : TextWriter
{
    private readonly StringBuilder line = new();

    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => inner.NewLine;
        set => inner.NewLine = value;
    }

    public override void Write(char value)
    {
        line.Append(value);
        if (value == '\n')
        {
            Pass();
        }
    }

    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        var start = 0;
        int newline;
        while ((newline = value.IndexOf('\n', start)) >= 0)
        {
            line.Append(value, start, newline - start + 1);
            Pass();
            start = newline + 1;
        }

        line.Append(value, start, value.Length - start);
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Flush()
    {
        Pass();
        inner.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Pass();
        }

        // The inner writer belongs to the caller (the process's standard streams, a test's StringWriter).
        base.Dispose(disposing);
    }

    private void Pass()
    {
        if (line.Length == 0)
        {
            return;
        }

        inner.Write(redactor.Redact(line.ToString()));
        line.Clear();
    }
}

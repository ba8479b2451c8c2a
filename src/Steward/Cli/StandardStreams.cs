using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Steward.Cli;

/// <summary>
/// Standard output, error and input for the real process. On Unix, .NET sets up the terminal the first time
/// <see cref="Console.Out"/>, <see cref="Console.In"/> or a console stream is used, and again each time a child
/// process (git) exits: each time it writes the keypad-mode codes <c>ESC[?1h ESC=</c>, which then litter every log
/// captured from a terminal (script, a pseudo-terminal in CI). Steward never reads keys or moves a cursor, so on Unix
/// it writes to and reads from the file descriptors themselves and the terminal is never set up.
/// </summary>
internal static class StandardStreams
{
    public static TextWriter Output() => OperatingSystem.IsWindows() ? Console.Out : Writer(1);

    public static TextWriter Error() => OperatingSystem.IsWindows() ? Console.Error : Writer(2);

    /// <summary>Opened on the first read: most verbs never read, and a closed standard input must not fail them.</summary>
    public static TextReader Input() => new DeferredReader(() => OperatingSystem.IsWindows()
        ? Console.In
        : new StreamReader(new FileStream(new SafeFileHandle(0, ownsHandle: false), FileAccess.Read, 1), new UTF8Encoding(false)));

    // Written through on every write call, as Console.Out flushes: progress must show as it happens, and an exit must
    // lose nothing; one write(2) for each call, however long its text, not one per line or per buffer.
    // The writer lives as long as the process, like Console.Out; the descriptor is never closed (ownsHandle: false).
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA2000", Justification = "Lives as long as the process, like Console.Out.")]
    private static TextWriter Writer(int descriptor) => TextWriter.Synchronized(
        new WriteThroughWriter(new ClosedReaderTolerantStream(Open(descriptor))));

    /// <summary>
    /// The descriptor as a stream that writes with write(2). A FileStream does for a pipe or a terminal, but on a regular
    /// file it writes at its own offset (pwrite) and never moves the descriptor's shared one, so in
    /// <c>{ steward version; echo done; } &gt; log</c> the next writer would overwrite Steward's output. A file is no
    /// terminal, so the console's own stream (write(2) at the shared offset) sets nothing up there.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA2000", Justification = "Lives as long as the process, like Console.Out.")]
    private static Stream Open(int descriptor)
    {
        var file = new FileStream(new SafeFileHandle(descriptor, ownsHandle: false), FileAccess.Write, 1);
        if (!file.CanSeek)
        {
            return file;
        }

        file.Dispose();
        return descriptor == 1 ? Console.OpenStandardOutput() : Console.OpenStandardError();
    }

    /// <summary>
    /// Drops what is written once the reader has gone (<c>steward log | head</c>: a broken pipe), as Console.Out does,
    /// rather than failing the command over output nobody reads any more.
    /// </summary>
    private sealed class ClosedReaderTolerantStream(Stream inner) : Stream
    {
        private bool readerGone;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count)
        {
            if (readerGone)
            {
                return;
            }

            try
            {
                inner.Write(buffer, offset, count);
                inner.Flush();
            }
            catch (IOException)
            {
                readerGone = true;
            }
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    private sealed class DeferredReader(Func<TextReader> open) : TextReader
    {
        private TextReader? reader;

        private TextReader Reader => reader ??= open();

        public override int Peek() => Reader.Peek();

        public override int Read() => Reader.Read();

        public override int Read(char[] buffer, int index, int count) => Reader.Read(buffer, index, count);

        public override string? ReadLine() => Reader.ReadLine();

        public override string ReadToEnd() => Reader.ReadToEnd();
    }
}

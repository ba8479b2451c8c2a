using System.Buffers;
using System.Text;

namespace Steward.Core.Text;

/// <summary>
/// Splits a stream of text into records ended by one separator character (a line break, or the NUL of
/// <c>git log -z</c>), one record in memory at a time: this loop carries every byte of a million-commit log and every
/// line of a streamed diff.
/// </summary>
public static class TextRecords
{
    private const int BufferChars = 1 << 16;

    /// <summary>
    /// The records of <paramref name="reader"/>, each with its separator when <paramref name="keepSeparator"/> (so a
    /// line keeps its own ending), and a last record without one if the text does not end with the separator.
    /// </summary>
    public static IEnumerable<string> Read(TextReader reader, char separator, bool keepSeparator)
    {
        ArgumentNullException.ThrowIfNull(reader);

        // A run starts several gits, each read through here: a pooled buffer is not allocated (and zeroed, on the
        // large object heap) again for each of them.
        var buffer = ArrayPool<char>.Shared.Rent(BufferChars);
        try
        {
            // Only a record that runs over the end of the buffer is pieced together here.
            var record = new StringBuilder();
            var kept = keepSeparator ? 1 : 0;
            int read;
            while ((read = reader.Read(buffer, 0, BufferChars)) > 0)
            {
                var start = 0;
                int found;

                // A vectorised search for the separator.
                while ((found = Array.IndexOf(buffer, separator, start, read - start)) >= 0)
                {
                    var length = found - start + kept;
                    if (record.Length == 0)
                    {
                        yield return new string(buffer, start, length);
                    }
                    else
                    {
                        record.Append(buffer, start, length);
                        yield return record.ToString();
                        record.Clear();
                    }

                    start = found + 1;
                }

                record.Append(buffer, start, read - start);
            }

            if (record.Length > 0)
            {
                yield return record.ToString();
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}

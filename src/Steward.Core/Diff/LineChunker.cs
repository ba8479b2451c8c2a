namespace Steward.Core.Diff;

/// <summary>Splits text into lines that keep their own terminators, so CRLF and a missing final newline survive a diff.</summary>
internal static class LineChunker
{
    public static string[] Chunk(string text) => Split(text).ToArray();

    public static IEnumerable<string> Split(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                yield return text[start..(i + 1)];
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }

    /// <summary>The lines of <paramref name="reader"/> as <see cref="Split(string)"/> gives them, one line in memory at a time.</summary>
    public static IEnumerable<string> Split(TextReader reader) => Text.TextRecords.Read(reader, '\n', keepSeparator: true);
}

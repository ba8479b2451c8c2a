using Steward.Core.Changelog.Splicing;

namespace Steward.Changelog;

/// <summary>
/// The start of an existing changelog, up to its first release heading: all that a regeneration keeps of it. Read a
/// growing prefix at a time and stopped at the first release heading, so a changelog of any length costs its
/// preamble, not its size.
/// </summary>
/// <remarks>
/// Markdown decides a line's block from the lines before it (only a setext underline reaches back, and only to the
/// line above), so the first release heading of a prefix that ends at a line break is the first of the whole file.
/// </remarks>
internal static class ChangelogPreamble
{
    private const int FirstChunk = 1 << 16;

    /// <summary>
    /// The file's text up to and including its first release heading (the whole file when it has none), with the
    /// file's byte order mark and line endings; null when there is no file.
    /// </summary>
    public static ChangelogText? Read(string fullPath, string displayPath)
    {
        if (!File.Exists(fullPath))
        {
            return null;
        }

        using var stream = File.OpenRead(fullPath);
        var bytes = new byte[Math.Min(FirstChunk, Math.Max(1, stream.Length))];
        var length = 0;
        while (true)
        {
            if (length == bytes.Length)
            {
                Array.Resize(ref bytes, bytes.Length * 2);
            }

            var read = stream.Read(bytes, length, bytes.Length - length);
            length += read;
            if (read == 0 || stream.Position == stream.Length)
            {
                return ChangelogText.Decode(displayPath, bytes[..length]);
            }

            // Cut after the last line break: the prefix is whole lines, and never splits a UTF-8 sequence.
            var usable = Array.LastIndexOf(bytes, (byte)'\n', length - 1) + 1;
            if (usable > 0)
            {
                var text = ChangelogText.Decode(displayPath, bytes[..usable]);
                if (ChangelogDocument.Parse(text.Text).Releases.Count > 0)
                {
                    return text;
                }
            }
        }
    }
}

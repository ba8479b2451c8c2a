using System.Text;
using Steward.Core.Errors;

namespace Steward.Core.Changelog.Splicing;

/// <summary>
/// A changelog file's text with what must survive a rewrite: its byte order mark and its line endings. Decoding is
/// strict UTF-8, so encoding the text again gives back the very same bytes for every part that was not changed.
/// </summary>
public sealed record ChangelogText(string Text, bool HasBom, string Newline)
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static ChangelogText Decode(string displayPath, byte[] bytes)
    {
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw Messages.ChangelogHasNulBytes(displayPath);
        }

        var hasBom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes, hasBom ? 3 : 0, bytes.Length - (hasBom ? 3 : 0));
        }
        catch (DecoderFallbackException e)
        {
            throw Messages.ChangelogNotUtf8(displayPath, e);
        }

        var firstNewline = text.IndexOf('\n', StringComparison.Ordinal);
        var newline = firstNewline > 0 && text[firstNewline - 1] == '\r' ? "\r\n" : "\n";
        return new ChangelogText(text, hasBom, newline);
    }

    public byte[] Encode()
    {
        var body = StrictUtf8.GetBytes(Text);
        return HasBom ? [0xEF, 0xBB, 0xBF, .. body] : body;
    }

    /// <summary>Text rendered with <c>\n</c> in this file's line endings.</summary>
    public string InFileNewlines(string rendered) =>
        Newline == "\n" ? rendered : rendered.Replace("\n", Newline, StringComparison.Ordinal);
}

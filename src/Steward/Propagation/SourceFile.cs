namespace Steward.Propagation;

/// <summary>A tracked file read as UTF-8 text: its text without the BOM, whether it had one, and its original bytes (to put back).</summary>
internal sealed record SourceFile(string Path, string Text, bool HasBom, byte[] Bytes)
{
    /// <summary>The bytes of <paramref name="newText"/> written as this file was: UTF-8, with the BOM if it had one.</summary>
    public byte[] Encode(string newText)
    {
        var body = new System.Text.UTF8Encoding(false).GetBytes(newText);
        return HasBom ? [0xEF, 0xBB, 0xBF, .. body] : body;
    }
}

using System.Text;
using Steward.Core.Errors;
using Steward.Workspace;

namespace Steward.Propagation;

/// <summary>Reads tracked files as text; a binary or non-UTF-8 file is an error naming it, found before anything is written.</summary>
internal static class SourceFileReader
{
    /// <summary>
    /// The largest file read as a version target (documented in docs/security.md): no file that carries a version is
    /// anywhere near it, and a contributor's 150 MB blob must be one line, not all of memory.
    /// </summary>
    public const long MaxBytes = 16 * 1024 * 1024;

    private static readonly UTF8Encoding Strict = new(false, true);

    public static SourceFile Read(string root, string relativePath)
    {
        // Reading goes through the same checks as writing: a target is never a link to elsewhere.
        var full = SafePath.ForWriting(root, relativePath);
        var size = new FileInfo(full).Length;
        if (size > MaxBytes)
        {
            throw Messages.TargetFileTooLarge(relativePath, size / (1024 * 1024), MaxBytes / (1024 * 1024));
        }

        var bytes = File.ReadAllBytes(full);
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw Messages.TargetFileBinary(relativePath);
        }

        var hasBom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        try
        {
            var text = Strict.GetString(bytes, hasBom ? 3 : 0, bytes.Length - (hasBom ? 3 : 0));
            return new SourceFile(relativePath, text, hasBom, bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw Messages.TargetFileNotUtf8(relativePath, e);
        }
    }
}

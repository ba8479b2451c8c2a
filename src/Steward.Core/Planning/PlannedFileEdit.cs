using Steward.Core.Diff;

namespace Steward.Core.Planning;

/// <summary>
/// One file a release rewrites: its text before (null for a new file) and after, and the bytes to write when the file
/// has its own encoding (a BOM, UTF-16); without them the text is written as UTF-8.
/// </summary>
public sealed record PlannedFileEdit(string RelativePath, string? OldText, string NewText, byte[]? NewBytes = null)
{
    public byte[] Bytes => NewBytes ?? System.Text.Encoding.UTF8.GetBytes(NewText);

    public bool Changes => !string.Equals(OldText, NewText, StringComparison.Ordinal);

    public string Diff => UnifiedDiff.Create(RelativePath, OldText, NewText);
}

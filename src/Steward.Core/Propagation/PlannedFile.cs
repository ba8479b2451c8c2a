namespace Steward.Core.Propagation;

/// <summary>A file's text before and after propagation; <see cref="Changed"/> is false when it already agrees.</summary>
public sealed record PlannedFile(string Path, string OldText, string NewText, IReadOnlyList<VersionSlot> Slots)
{
    public bool Changed => !string.Equals(OldText, NewText, StringComparison.Ordinal);
}

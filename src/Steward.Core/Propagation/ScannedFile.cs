namespace Steward.Core.Propagation;

/// <summary>A file's text (without BOM) and every slot in it that holds the version, ordered by position.</summary>
public sealed record ScannedFile(string Path, string Text, IReadOnlyList<VersionSlot> Slots);

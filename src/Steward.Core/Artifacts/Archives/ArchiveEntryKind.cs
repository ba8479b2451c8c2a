namespace Steward.Core.Artifacts.Archives;

/// <summary>What an archive entry is; it decides the entry's fixed mode.</summary>
public enum ArchiveEntryKind
{
    Directory,
    File,
    Executable,
    SymbolicLink,
}

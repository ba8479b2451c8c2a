namespace Steward.Core.Artifacts.Archives;

/// <summary>
/// One entry of a release archive: its path inside the archive ('/'-separated, directories without a trailing
/// slash), its kind and its bytes (for a symbolic link, the link target).
/// </summary>
public sealed record ArchiveEntry(string Path, ArchiveEntryKind Kind, byte[] Content)
{
    /// <summary>The Unix permission bits every entry of this kind gets, whoever built the archive.</summary>
    public int Mode => Kind switch
    {
        ArchiveEntryKind.Directory or ArchiveEntryKind.Executable => 0b111_101_101, // 0755
        ArchiveEntryKind.SymbolicLink => 0b111_111_111, // 0777, as links always are
        _ => 0b110_100_100, // 0644
    };

    public static ArchiveEntry Directory(string path) => new(path, ArchiveEntryKind.Directory, []);

    /// <summary>
    /// Entries in archive order: sorted by path with ordinal comparison, where a directory sorts as its path plus '/'
    /// so that it comes right before its contents, as in git archive.
    /// </summary>
    public static IReadOnlyList<ArchiveEntry> Sorted(IEnumerable<ArchiveEntry> entries) =>
        [.. entries.OrderBy(e => e.Kind == ArchiveEntryKind.Directory ? e.Path + "/" : e.Path, StringComparer.Ordinal)];
}

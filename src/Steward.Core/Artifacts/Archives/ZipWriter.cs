using System.IO.Compression;

namespace Steward.Core.Artifacts.Archives;

/// <summary>
/// Writes a reproducible .zip: entries in the given order, one fixed time stamp (as DOS time, which has no zone and
/// two-second steps), Unix modes in the external attributes (so unzip restores executables and symbolic links), no
/// extra fields.
/// </summary>
public static class ZipWriter
{
    private const int TypeDirectory = 0x4000;
    private const int TypeFile = 0x8000;
    private const int TypeSymbolicLink = 0xA000;

    public static byte[] Write(IEnumerable<ArchiveEntry> entries, DateTimeOffset modified)
    {
        // DOS time holds a local clock reading; the UTC reading is used so that the zone of the machine never matters.
        var stamp = new DateTimeOffset(DateTime.SpecifyKind(modified.UtcDateTime, DateTimeKind.Unspecified), TimeSpan.Zero);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                var isDirectory = entry.Kind == ArchiveEntryKind.Directory;
                var level = isDirectory || entry.Kind == ArchiveEntryKind.SymbolicLink ? CompressionLevel.NoCompression : CompressionLevel.SmallestSize;
                var zipEntry = zip.CreateEntry(isDirectory ? entry.Path + "/" : entry.Path, level);
                zipEntry.LastWriteTime = stamp;
                var type = entry.Kind switch
                {
                    ArchiveEntryKind.Directory => TypeDirectory,
                    ArchiveEntryKind.SymbolicLink => TypeSymbolicLink,
                    _ => TypeFile,
                };
                zipEntry.ExternalAttributes = (type | entry.Mode) << 16;
                if (!isDirectory)
                {
                    using var stream = zipEntry.Open();
                    stream.Write(entry.Content);
                }
            }
        }

        return output.ToArray();
    }
}

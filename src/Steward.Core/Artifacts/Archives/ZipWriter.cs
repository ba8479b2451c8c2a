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

        return MarkMadeOnUnix(output.ToArray());
    }

    /// <summary>
    /// Sets the "version made by" host of every central directory entry to Unix (3). .NET writes the host it runs on,
    /// so a zip built on Windows would differ from one built on Linux, and unzip reads the external attributes as
    /// Unix modes only when the host says Unix.
    /// </summary>
    private static byte[] MarkMadeOnUnix(byte[] zip)
    {
        // End of central directory record (no comment is written, so it is the last 22 bytes): entry count at 10,
        // central directory offset at 16.
        var end = zip.Length - 22;
        var count = BitConverter.ToUInt16(zip, end + 10);
        var offset = (int)BitConverter.ToUInt32(zip, end + 16);
        for (var i = 0; i < count; i++)
        {
            // Central directory header: signature, made-by version (byte 4) and host (byte 5), then lengths of the
            // name (28), extra field (30) and comment (32) after the fixed 46 bytes.
            zip[offset + 5] = 3;
            offset += 46 + BitConverter.ToUInt16(zip, offset + 28) + BitConverter.ToUInt16(zip, offset + 30) + BitConverter.ToUInt16(zip, offset + 32);
        }

        return zip;
    }
}

using System.Formats.Tar;
using System.IO.Compression;

namespace Steward.Core.Artifacts.Archives;

/// <summary>
/// Writes a reproducible .tar.gz: entries in the given order, every time stamp set to one fixed moment, owner and
/// group root (0/0), fixed modes, GNU format (long names without PAX records that would carry extra times), and a
/// gzip header with no name, no time and a fixed OS byte.
/// </summary>
public static class TarGzWriter
{
    public static byte[] Write(IEnumerable<ArchiveEntry> entries, DateTimeOffset modified)
    {
        using var tarStream = new MemoryStream();
        using (var tar = new TarWriter(tarStream, TarEntryFormat.Gnu, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                tar.WriteEntry(ToTarEntry(entry, modified));
            }
        }

        return Gzip(tarStream.ToArray());
    }

    /// <summary>Compresses with gzip, then fixes the header's time and OS fields so they never depend on the machine.</summary>
    public static byte[] Gzip(byte[] content)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(content);
        }

        var bytes = output.ToArray();
        // RFC 1952: bytes 4-7 MTIME (0 = none), byte 9 OS (255 = unknown). No FNAME/FEXTRA/FCOMMENT flags are set by
        // GZipStream; the header CRC flag is unused, so rewriting these bytes keeps the stream valid.
        bytes[4] = bytes[5] = bytes[6] = bytes[7] = 0;
        bytes[9] = 255;
        return bytes;
    }

    private static GnuTarEntry ToTarEntry(ArchiveEntry entry, DateTimeOffset modified)
    {
        var type = entry.Kind switch
        {
            ArchiveEntryKind.Directory => TarEntryType.Directory,
            ArchiveEntryKind.SymbolicLink => TarEntryType.SymbolicLink,
            _ => TarEntryType.RegularFile,
        };
        var tarEntry = new GnuTarEntry(type, entry.Kind == ArchiveEntryKind.Directory ? entry.Path + "/" : entry.Path)
        {
            ModificationTime = modified,
            AccessTime = modified,
            ChangeTime = modified,
            Mode = (UnixFileMode)entry.Mode,
            Uid = 0,
            Gid = 0,
            UserName = "root",
            GroupName = "root",
        };
        if (entry.Kind == ArchiveEntryKind.SymbolicLink)
        {
            tarEntry.LinkName = System.Text.Encoding.UTF8.GetString(entry.Content);
        }
        else if (entry.Kind != ArchiveEntryKind.Directory)
        {
            tarEntry.DataStream = new MemoryStream(entry.Content, writable: false);
        }

        return tarEntry;
    }
}

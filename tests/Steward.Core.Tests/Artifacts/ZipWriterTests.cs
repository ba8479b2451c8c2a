using System.IO.Compression;
using Steward.Core.Artifacts.Archives;

namespace Steward.Core.Tests.Artifacts;

public sealed class ZipWriterTests
{
    private static readonly ArchiveEntry[] Entries =
    [
        ArchiveEntry.Directory("p"),
        new("p/run.sh", ArchiveEntryKind.Executable, "#!/bin/sh\n"u8.ToArray()),
        new("p/link", ArchiveEntryKind.SymbolicLink, "run.sh"u8.ToArray()),
        new("p/ünï.txt", ArchiveEntryKind.File, "x"u8.ToArray()),
    ];

    [Fact]
    public void Every_entry_says_it_was_made_on_Unix_whatever_machine_wrote_it()
    {
        var zip = ZipWriter.Write(Entries, new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));

        var hosts = new List<byte>();
        for (var i = 0; i + 4 < zip.Length; i++)
        {
            if (zip[i] == 0x50 && zip[i + 1] == 0x4b && zip[i + 2] == 1 && zip[i + 3] == 2)
            {
                hosts.Add(zip[i + 5]);
            }
        }

        hosts.Should().HaveCount(Entries.Length).And.OnlyContain(h => h == 3);
    }

    [Fact]
    public void Modes_and_the_time_stamp_survive_a_read_back()
    {
        var stamp = new DateTimeOffset(2024, 6, 30, 23, 59, 58, TimeSpan.FromHours(-7));

        using var zip = new ZipArchive(new MemoryStream(ZipWriter.Write(Entries, stamp)), ZipArchiveMode.Read);

        zip.Entries.Select(e => Convert.ToString((e.ExternalAttributes >> 16) & 0xFFFF, 8)).Should().Equal("40755", "100755", "120777", "100644");
        zip.Entries.Should().OnlyContain(e => e.LastWriteTime.DateTime == stamp.UtcDateTime);
        zip.Entries[3].FullName.Should().Be("p/ünï.txt");
    }
}

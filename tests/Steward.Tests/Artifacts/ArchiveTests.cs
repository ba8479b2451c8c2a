using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using Steward.Tests.Support;

namespace Steward.Tests.Artifacts;

public sealed class ArchiveTests
{
    [Fact]
    public void Writes_every_artifact_and_lists_them()
    {
        using var repo = ReleaseFixture.Create();
        var output = ReleaseFixture.NewOutputDirectory();

        var result = StewardRunner.Run(repo.Root, "artifacts", "--out", output);

        result.Error.Should().BeEmpty();
        result.ExitCode.Should().Be(0);
        Directory.GetFiles(output).Select(Path.GetFileName).Should().BeEquivalentTo(
            $"{ReleaseFixture.BaseName}.tar.gz", $"{ReleaseFixture.BaseName}.zip", "app-1.2.0.tgz",
            $"{ReleaseFixture.BaseName}.cdx.json", $"{ReleaseFixture.BaseName}.provenance.json", "SHA256SUMS");
        result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(6);
    }

    [Fact]
    public void Sha256sum_accepts_the_checksum_file()
    {
        using var repo = ReleaseFixture.Create();
        var output = ReleaseFixture.NewOutputDirectory();
        StewardRunner.Run(repo.Root, "artifacts", "--out", output).ExitCode.Should().Be(0);

        var (exitCode, text) = ReleaseFixture.RunTool(output, "sha256sum", "-c", "--strict", "SHA256SUMS");

        exitCode.Should().Be(0, text);
        text.Should().Contain($"{ReleaseFixture.BaseName}.tar.gz: OK").And.Contain("app-1.2.0.tgz: OK");
    }

    [Fact]
    public void Two_runs_and_a_second_clone_give_identical_bytes()
    {
        using var repo = ReleaseFixture.Create();
        var first = ReleaseFixture.NewOutputDirectory();
        var second = ReleaseFixture.NewOutputDirectory();
        var third = ReleaseFixture.NewOutputDirectory();
        StewardRunner.Run(repo.Root, "artifacts", "--out", first).ExitCode.Should().Be(0);
        StewardRunner.Run(repo.Root, "artifacts", "--out", second).ExitCode.Should().Be(0);
        using var clone = TempGitRepository.Clone(repo.Root);
        clone.Git("checkout", "-q", ReleaseFixture.Tag);
        StewardRunner.Run(clone.Root, "artifacts", "--out", third).ExitCode.Should().Be(0);

        foreach (var file in Directory.GetFiles(first).Select(Path.GetFileName))
        {
            var expected = File.ReadAllBytes(Path.Combine(first, file!));
            File.ReadAllBytes(Path.Combine(second, file!)).Should().Equal(expected, $"{file} is the same on a second run");
            File.ReadAllBytes(Path.Combine(third, file!)).Should().Equal(expected, $"{file} is the same from a second clone");
        }
    }

    [Fact]
    public void Tar_holds_what_git_archive_holds_with_fixed_times_modes_and_owner()
    {
        using var repo = ReleaseFixture.Create();
        var output = ReleaseFixture.NewOutputDirectory();
        StewardRunner.Run(repo.Root, "artifacts", "--out", output).ExitCode.Should().Be(0);
        var expected = ReleaseFixture.GitBytes(repo, "archive", "--format=tar", $"--prefix={ReleaseFixture.BaseName}/", ReleaseFixture.Tag);

        var ours = ReadTarGz(Path.Combine(output, $"{ReleaseFixture.BaseName}.tar.gz"), out var entries);
        var theirs = ReadTar(new MemoryStream(expected), out _);

        ours.Should().Equal(theirs);
        ours.Should().NotContain(e => e.StartsWith($"{ReleaseFixture.BaseName}/tests", StringComparison.Ordinal) || e.Contains(".secret", StringComparison.Ordinal) || e.Contains(".github", StringComparison.Ordinal));
        ours.Should().Contain(e => e.StartsWith($"{ReleaseFixture.BaseName}/{ReleaseFixture.LongPath} ", StringComparison.Ordinal));
        var commitTime = DateTimeOffset.FromUnixTimeSeconds(long.Parse(repo.Git("log", "-1", "--format=%ct", ReleaseFixture.Tag).Trim(), System.Globalization.CultureInfo.InvariantCulture));
        entries.Should().OnlyContain(e => e.ModificationTime == commitTime && e.Uid == 0 && e.Gid == 0);
        entries.Single(e => e.Name.EndsWith("src/run.sh", StringComparison.Ordinal)).Mode.Should().HaveFlag(UnixFileMode.UserExecute);
        entries.Single(e => e.Name.EndsWith("README.md", StringComparison.Ordinal)).Mode.Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
    }

    [Fact]
    public void Zip_holds_what_git_archive_holds()
    {
        using var repo = ReleaseFixture.Create();
        var output = ReleaseFixture.NewOutputDirectory();
        StewardRunner.Run(repo.Root, "artifacts", "--out", output).ExitCode.Should().Be(0);
        var expected = ReleaseFixture.GitBytes(repo, "archive", "--format=zip", $"--prefix={ReleaseFixture.BaseName}/", ReleaseFixture.Tag);

        var ours = ReadZip(File.ReadAllBytes(Path.Combine(output, $"{ReleaseFixture.BaseName}.zip")));
        var theirs = ReadZip(expected);

        ours.Should().Equal(theirs);
    }

    [Fact]
    public void Gzip_header_has_no_name_no_time_and_a_fixed_os()
    {
        using var repo = ReleaseFixture.Create();
        var output = ReleaseFixture.NewOutputDirectory();
        StewardRunner.Run(repo.Root, "artifacts", "--out", output).ExitCode.Should().Be(0);

        var bytes = File.ReadAllBytes(Path.Combine(output, $"{ReleaseFixture.BaseName}.tar.gz"));

        bytes[..4].Should().Equal(0x1f, 0x8b, 8, 0);
        bytes[4..8].Should().Equal(0, 0, 0, 0);
        bytes[9].Should().Be(255);
    }

    [Fact]
    public void Uncommitted_changes_never_reach_the_archive()
    {
        using var repo = ReleaseFixture.Create();
        repo.WriteFile("README.md", "# changed in the work tree\n").WriteFile("untracked.txt", "x\n");
        var output = ReleaseFixture.NewOutputDirectory();

        StewardRunner.Run(repo.Root, "artifacts", "--version", "1.2.0", "--out", output).ExitCode.Should().Be(0);

        var names = ReadTarGz(Path.Combine(output, $"{ReleaseFixture.BaseName}.tar.gz"), out var entries);
        names.Should().NotContain(n => n.Contains("untracked", StringComparison.Ordinal));
        var readme = entries.Single(e => e.Name.EndsWith("/README.md", StringComparison.Ordinal));
        Utf8(ReadAll(readme.DataStream!)).Should().Be("# Acme\n");
    }

    [Fact]
    public void Leaves_refs_index_and_work_tree_as_they_were()
    {
        using var repo = ReleaseFixture.Create();
        var before = repo.Snapshot();

        StewardRunner.Run(repo.Root, "artifacts", "--out", ReleaseFixture.NewOutputDirectory()).ExitCode.Should().Be(0);

        repo.Snapshot().Should().Be(before);
    }

    private static List<string> ReadTarGz(string path, out List<TarEntry> entries)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        return ReadTar(gzip, out entries);
    }

    /// <summary>Each entry as "name type link-or-content-hash executable", skipping git's pax comment header.</summary>
    private static List<string> ReadTar(Stream stream, out List<TarEntry> entries)
    {
        entries = [];
        var lines = new List<string>();
        using var reader = new TarReader(stream);
        while (reader.GetNextEntry(copyData: true) is { } entry)
        {
            if (entry.EntryType == TarEntryType.GlobalExtendedAttributes)
            {
                continue;
            }

            var data = entry.DataStream is null ? [] : ReadAll(entry.DataStream);
            entry.DataStream?.Seek(0, SeekOrigin.Begin);
            var type = entry.EntryType switch
            {
                TarEntryType.Directory => "dir",
                TarEntryType.SymbolicLink => "link",
                _ => "file",
            };
            var executable = type == "file" && entry.Mode.HasFlag(UnixFileMode.UserExecute);
            lines.Add($"{entry.Name} {type} {entry.LinkName} {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(data))} {executable}");
            entries.Add(entry);
        }

        return lines;
    }

    private static List<string> ReadZip(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        return [.. zip.Entries.Select(e =>
        {
            using var stream = e.Open();
            var mode = (e.ExternalAttributes >> 16) & 0xFFFF;
            // git archive leaves the Unix mode of plain files and directories at 0; compare what it does record.
            var isLink = (mode & 0xF000) == 0xA000;
            var isExecutable = !isLink && !e.FullName.EndsWith('/') && (mode & 0x40) != 0;
            return $"{e.FullName} {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(ReadAll(stream)))} link={isLink} exec={isExecutable}";
        })];
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    private static string Utf8(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}

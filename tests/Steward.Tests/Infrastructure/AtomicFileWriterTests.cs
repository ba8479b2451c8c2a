using Steward.Core.Errors;
using Steward.Tests.Support;
using Steward.Workspace;

namespace Steward.Tests.Infrastructure;

public sealed class AtomicFileWriterTests : IDisposable
{
    private readonly TempGitRepository repo = TempGitRepository.Create();

    public void Dispose() => repo.Dispose();

    [Fact]
    public void Writes_every_file_and_leaves_no_temp_files()
    {
        repo.WriteFile("a.txt", "old a").WriteFile("sub/b.txt", "old b");
        AtomicFileWriter.WriteAll(repo.Root, [new FileEdit("a.txt", "new a"u8.ToArray()), new FileEdit("sub/b.txt", "new b"u8.ToArray())]);
        repo.ReadFile("a.txt").Should().Be("new a");
        repo.ReadFile("sub/b.txt").Should().Be("new b");
        Directory.EnumerateFiles(repo.Root, "*.tmp", SearchOption.AllDirectories).Should().BeEmpty();
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Keeps_the_executable_bit()
    {
        repo.WriteFile("run.sh", "#!/bin/sh\n");
        File.SetUnixFileMode(repo.FullPath("run.sh"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        AtomicFileWriter.WriteAll(repo.Root, [new FileEdit("run.sh", "#!/bin/sh\necho\n"u8.ToArray())]);
        File.GetUnixFileMode(repo.FullPath("run.sh")).Should().HaveFlag(UnixFileMode.UserExecute);
    }

    [Fact]
    public void A_path_outside_the_repository_aborts_before_anything_is_written()
    {
        repo.WriteFile("a.txt", "old a");
        var act = () => AtomicFileWriter.WriteAll(repo.Root, [new FileEdit("a.txt", "new"u8.ToArray()), new FileEdit("../escape.txt", "x"u8.ToArray())]);
        act.Should().Throw<StewardException>().Which.Message.Should().Contain("refusing to write outside the repository");
        repo.ReadFile("a.txt").Should().Be("old a");
        File.Exists(Path.Combine(Path.GetDirectoryName(repo.Root)!, "escape.txt")).Should().BeFalse();
        Directory.EnumerateFiles(repo.Root, "*.tmp", SearchOption.AllDirectories).Should().BeEmpty();
    }

    [Fact]
    public void A_symlinked_file_or_directory_is_never_written_through()
    {
        var outside = Path.Combine(Path.GetTempPath(), "steward-outside-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(outside);
        try
        {
            File.WriteAllText(Path.Combine(outside, "target.txt"), "outside");
            File.CreateSymbolicLink(repo.FullPath("link.txt"), Path.Combine(outside, "target.txt"));
            Directory.CreateSymbolicLink(repo.FullPath("linkdir"), outside);

            var viaFile = () => AtomicFileWriter.WriteAll(repo.Root, [new FileEdit("link.txt", "x"u8.ToArray())]);
            viaFile.Should().Throw<StewardException>().Which.Message.Should().Contain("symbolic link");
            var viaDir = () => AtomicFileWriter.WriteAll(repo.Root, [new FileEdit("linkdir/target.txt", "x"u8.ToArray())]);
            viaDir.Should().Throw<StewardException>().Which.Message.Should().Contain("symbolic link linkdir");
            File.ReadAllText(Path.Combine(outside, "target.txt")).Should().Be("outside");
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }
}

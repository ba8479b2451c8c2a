using Steward.Tests.Support;

namespace Steward.Tests.Artifacts;

public sealed class ReleaseSelectionTests
{
    [Fact]
    public void A_bare_repository_gives_the_same_archive_as_its_source()
    {
        using var repo = ReleaseFixture.Create();
        var fromWorkTree = ReleaseFixture.NewOutputDirectory();
        var fromBare = ReleaseFixture.NewOutputDirectory();
        StewardRunner.Run(repo.Root, "artifacts", "--out", fromWorkTree).ExitCode.Should().Be(0);
        using var bare = TempGitRepository.Clone(repo.Root, "--bare");

        var result = StewardRunner.Run(bare.Root, "artifacts", "--out", fromBare);

        // A bare repository has no work tree, so no steward.yml is read: the name comes from its folder.
        result.ExitCode.Should().Be(0, result.Error);
        var name = Path.GetFileName(bare.Root);
        ReadTarEntries(Path.Combine(fromBare, $"{name}-v1.2.0.tar.gz")).Select(e => e.Replace($"{name}-v1.2.0/", string.Empty, StringComparison.Ordinal))
            .Should().Equal(ReadTarEntries(Path.Combine(fromWorkTree, "acme-v1.2.0.tar.gz")).Select(e => e.Replace("acme-v1.2.0/", string.Empty, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_custom_tag_prefix_finds_its_tags_and_names_the_archive_by_version()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("steward.yml", "tagPrefix: api-v\nartifacts:\n  name: api\n").WriteFile("a.txt", "a\n").Commit("feat: api");
        repo.Tag("api-v2.0.0").Tag("v9.0.0");
        var output = ReleaseFixture.NewOutputDirectory();

        var result = StewardRunner.Run(repo.Root, "artifacts", "--out", output);

        result.ExitCode.Should().Be(0, result.Error);
        File.Exists(Path.Combine(output, "api-v2.0.0.tar.gz")).Should().BeTrue();
    }

    [Fact]
    public void With_several_release_tags_at_HEAD_the_highest_is_built()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("steward.yml", "artifacts:\n  name: app\n").Commit("feat: x");
        repo.Tag("v1.0.0-rc.1").Tag("v1.0.0").Tag("not-a-release");
        var output = ReleaseFixture.NewOutputDirectory();

        StewardRunner.Run(repo.Root, "artifacts", "--out", output).ExitCode.Should().Be(0);

        Directory.GetFiles(output, "*.tar.gz").Select(Path.GetFileName).Should().Equal("app-v1.0.0.tar.gz");
    }

    [Fact]
    public void A_lightweight_tag_is_a_release_too()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("steward.yml", "artifacts:\n  name: app\n").Commit("feat: x");
        repo.Tag("v0.2.0", annotated: false);
        var output = ReleaseFixture.NewOutputDirectory();

        StewardRunner.Run(repo.Root, "artifacts", "--out", output).ExitCode.Should().Be(0);

        File.Exists(Path.Combine(output, "app-v0.2.0.zip")).Should().BeTrue();
    }

    private static List<string> ReadTarEntries(string path)
    {
        using var gzip = new System.IO.Compression.GZipStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress);
        using var tar = new System.Formats.Tar.TarReader(gzip);
        var names = new List<string>();
        while (tar.GetNextEntry() is { } entry)
        {
            names.Add(entry.Name);
        }

        return names;
    }
}

using System.Security.Cryptography;
using System.Text.Json;
using Steward.Tests.Support;

namespace Steward.Tests.Artifacts;

public sealed class ArtifactsJsonTests : IDisposable
{
    private readonly TempGitRepository repo = ReleaseFixture.Create();
    private readonly string output = ReleaseFixture.NewOutputDirectory();

    public void Dispose()
    {
        repo.Dispose();
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void Every_file_written_is_listed_with_its_size_and_digest()
    {
        var result = StewardRunner.Run(repo.Root, "artifacts", "--out", output, "--json");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        root.GetProperty("tag").GetString().Should().Be(ReleaseFixture.Tag);
        root.GetProperty("version").GetString().Should().Be("1.2.0");
        var artifacts = root.GetProperty("artifacts").EnumerateArray().ToList();
        artifacts.Select(a => a.GetProperty("name").GetString()).Should().Contain($"{ReleaseFixture.BaseName}.tar.gz");
        artifacts.Should().HaveCount(Directory.GetFiles(output).Length);
        foreach (var artifact in artifacts)
        {
            var bytes = File.ReadAllBytes(Path.Combine(output, artifact.GetProperty("name").GetString()!));
            artifact.GetProperty("size").GetInt64().Should().Be(bytes.LongLength);
            artifact.GetProperty("sha256").GetString().Should().Be(Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }
    }
}

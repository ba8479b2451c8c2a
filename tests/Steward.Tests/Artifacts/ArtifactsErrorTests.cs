using Steward.Tests.Support;

namespace Steward.Tests.Artifacts;

public sealed class ArtifactsErrorTests
{
    [Fact]
    public void Without_a_release_at_HEAD_or_a_version_it_is_an_error()
    {
        using var repo = ReleaseFixture.Create();
        repo.Commit("fix: after the release");
        var output = ReleaseFixture.NewOutputDirectory();

        var result = StewardRunner.Run(repo.Root, "artifacts", "--out", output);

        result.ExitCode.Should().Be(2);
        Golden.Assert("Artifacts/artifacts-error-not-a-release.txt", result.Error);
        Directory.Exists(output).Should().BeFalse();
    }

    [Fact]
    public void A_version_that_was_never_tagged_is_an_error()
    {
        using var repo = ReleaseFixture.Create();

        var result = StewardRunner.Run(repo.Root, "artifacts", "--version", "9.9.9", "--out", ReleaseFixture.NewOutputDirectory());

        result.ExitCode.Should().Be(2);
        Golden.Assert("Artifacts/artifacts-error-missing-tag.txt", result.Error);
    }

    [Fact]
    public void A_version_that_is_not_a_version_is_an_error()
    {
        using var repo = ReleaseFixture.Create();

        var result = StewardRunner.Run(repo.Root, "artifacts", "--version", "latest", "--out", ReleaseFixture.NewOutputDirectory());

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("steward: error: --version: 'latest' is not a valid version");
        result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(1);
    }

    [Fact]
    public void The_tag_itself_may_be_given_as_the_version()
    {
        using var repo = ReleaseFixture.Create();
        repo.Commit("fix: after the release");
        var output = ReleaseFixture.NewOutputDirectory();

        StewardRunner.Run(repo.Root, "artifacts", "--version", "v1.2.0", "--out", output).ExitCode.Should().Be(0);

        File.Exists(Path.Combine(output, "acme-v1.2.0.tar.gz")).Should().BeTrue();
    }

    [Theory]
    [InlineData("web/package-lock.json", "{\n  \"lockfileVersion\": 3,\n  \"packages\": {\n    \"node_modules/a\": {}\n  }\n}")]
    [InlineData("py/poetry.lock", "[[package]]\nname = \"a\"\nversion = \"1.0\n")]
    [InlineData("go/go.sum", "not a go.sum line\n")]
    public void A_malformed_lock_file_in_the_tag_is_one_error_and_nothing_is_written(string path, string content)
    {
        using var repo = ReleaseFixture.Create();
        repo.WriteFile(path, content).Commit("chore: break a lock file");
        repo.Tag("v1.2.1");
        var before = repo.Snapshot();
        var output = ReleaseFixture.NewOutputDirectory();

        var result = StewardRunner.Run(repo.Root, "artifacts", "--out", output);

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith($"steward: error: {path}:").And.EndWith("; fix or regenerate the lock file and tag the release again\n");
        result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(1);
        Directory.Exists(output).Should().BeFalse();
        repo.Snapshot().Should().Be(before);
    }

    [Fact]
    public void A_lock_file_that_is_not_UTF8_is_an_error_naming_it()
    {
        using var repo = ReleaseFixture.Create();
        repo.WriteBytes("go/go.sum", [0x67, 0xFF, 0xFE, 0x0A]).Commit("chore: binary go.sum");
        repo.Tag("v1.2.1");

        var result = StewardRunner.Run(repo.Root, "artifacts", "--out", ReleaseFixture.NewOutputDirectory());

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: go/go.sum: is not UTF-8 text; a lock file must be\n");
    }

    [Theory]
    [InlineData("artifacts:\n  name: 'my app'\n", "artifacts-error-name.txt")]
    [InlineData("artifacts:\n  signer:\n    command: []\n", "artifacts-error-signer-empty.txt")]
    [InlineData("artifacts:\n  signer:\n    command: [cosign, sign-blob]\n", "artifacts-error-signer-no-file.txt")]
    [InlineData("artifacts:\n  chart: [charts/app]\n", "artifacts-error-unknown-key.txt")]
    [InlineData("artifacts:\n  charts: [../outside]\n", "artifacts-error-chart-path.txt")]
    public void Bad_configuration_is_one_error_naming_the_key(string stewardYml, string golden)
    {
        using var repo = ReleaseFixture.Create();
        repo.WriteFile("steward.yml", stewardYml);
        var output = ReleaseFixture.NewOutputDirectory();

        var result = StewardRunner.Run(repo.Root, "artifacts", "--out", output);

        result.ExitCode.Should().Be(2);
        Golden.Assert($"Artifacts/{golden}", result.Error);
        Directory.Exists(output).Should().BeFalse();
    }

    [Fact]
    public void An_output_path_that_is_a_file_is_an_error()
    {
        using var repo = ReleaseFixture.Create();
        var file = Path.GetTempFileName();

        var result = StewardRunner.Run(repo.Root, "artifacts", "--out", file);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be($"steward: error: --out {file}: is a file; give a directory\n");
    }

    [Fact]
    public void A_symbolic_link_planted_in_the_output_directory_is_never_written_through()
    {
        using var repo = ReleaseFixture.Create();
        var output = ReleaseFixture.NewOutputDirectory();
        Directory.CreateDirectory(output);
        var victim = Path.GetTempFileName();
        File.WriteAllText(victim, "precious\n");
        File.CreateSymbolicLink(Path.Combine(output, "SHA256SUMS"), victim);

        var result = StewardRunner.Run(repo.Root, "artifacts", "--out", output);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: SHA256SUMS: refusing to write through the symbolic link SHA256SUMS; replace the link with the file itself\n");
        File.ReadAllText(victim).Should().Be("precious\n");
        Directory.GetFiles(output).Should().HaveCount(1);
    }

    [Fact]
    public void Outside_a_git_repository_it_is_an_error()
    {
        var directory = Directory.CreateTempSubdirectory("steward-nogit-").FullName;

        var result = StewardRunner.Run(directory, "artifacts");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be($"steward: error: {directory} is not inside a git repository; run Steward in one or pass --directory\n");
    }

    [Fact]
    public void Existing_artifacts_of_the_same_name_are_replaced_and_others_kept()
    {
        using var repo = ReleaseFixture.Create();
        var output = ReleaseFixture.NewOutputDirectory();
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "SHA256SUMS"), "old\n");
        File.WriteAllText(Path.Combine(output, "notes.txt"), "mine\n");

        StewardRunner.Run(repo.Root, "artifacts", "--out", output).ExitCode.Should().Be(0);

        File.ReadAllText(Path.Combine(output, "SHA256SUMS")).Should().NotBe("old\n");
        File.ReadAllText(Path.Combine(output, "notes.txt")).Should().Be("mine\n");
    }

    [Fact]
    public void The_built_tool_writes_the_artifacts_as_its_own_process()
    {
        using var repo = ReleaseFixture.Create();

        var result = ProcessRunner.Run(repo.Root, null, "artifacts");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("dist/acme-v1.2.0.tar.gz\n").And.Contain("dist/SHA256SUMS\n");
        ReleaseFixture.RunTool(repo.FullPath("dist"), "sha256sum", "-c", "SHA256SUMS").ExitCode.Should().Be(0);
    }
}

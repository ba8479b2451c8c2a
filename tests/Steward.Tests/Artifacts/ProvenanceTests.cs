using System.Text.Json;
using Steward.Tests.Support;

namespace Steward.Tests.Artifacts;

public sealed class ProvenanceTests
{
    [Fact]
    public void Subjects_are_every_artifact_with_the_sha256_of_its_file()
    {
        using var repo = ReleaseFixture.Create();
        var output = ReleaseFixture.NewOutputDirectory();
        StewardRunner.Run(repo.Root, "artifacts", "--out", output).ExitCode.Should().Be(0);
        using var statement = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, $"{ReleaseFixture.BaseName}.provenance.json")));
        var root = statement.RootElement;

        root.GetProperty("_type").GetString().Should().Be("https://in-toto.io/Statement/v1");
        root.GetProperty("predicateType").GetString().Should().Be("https://slsa.dev/provenance/v1");
        var subjects = root.GetProperty("subject").EnumerateArray()
            .ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("digest").GetProperty("sha256").GetString());
        subjects.Keys.Should().BeEquivalentTo($"{ReleaseFixture.BaseName}.tar.gz", $"{ReleaseFixture.BaseName}.zip", "app-1.2.0.tgz", $"{ReleaseFixture.BaseName}.cdx.json");
        foreach (var (name, digest) in subjects)
        {
            digest.Should().Be(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(output, name)))), name);
        }

        var commit = root.GetProperty("predicate").GetProperty("buildDefinition").GetProperty("resolvedDependencies")[0]
            .GetProperty("digest").GetProperty("gitCommit").GetString();
        commit.Should().Be(repo.Git("rev-parse", ReleaseFixture.Tag + "^{commit}").Trim());
    }

    [Fact]
    public void In_GitHub_Actions_the_builder_and_invocation_come_from_its_variables_and_no_token_leaks()
    {
        using var repo = ReleaseFixture.Create();
        var output = ReleaseFixture.NewOutputDirectory();
        var environment = TestEnvironment.Create(new Dictionary<string, string?>
        {
            ["GITHUB_ACTIONS"] = "true",
            ["GITHUB_SERVER_URL"] = "https://github.com",
            ["GITHUB_REPOSITORY"] = "acme/app",
            ["GITHUB_WORKFLOW_REF"] = "acme/app/.github/workflows/release.yml@refs/tags/v1.2.0",
            ["GITHUB_RUN_ID"] = "4242",
            ["GITHUB_RUN_ATTEMPT"] = "2",
            ["GITHUB_EVENT_NAME"] = "push",
            ["GITHUB_TOKEN"] = "ghs_SECRETSECRETSECRET",
            ["ACTIONS_RUNTIME_TOKEN"] = "runtime-SECRET",
        });

        var result = StewardRunner.Run(repo.Root, null, environment, "artifacts", "--out", output);

        result.ExitCode.Should().Be(0, result.Error);
        using var statement = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, $"{ReleaseFixture.BaseName}.provenance.json")));
        var predicate = statement.RootElement.GetProperty("predicate");
        predicate.GetProperty("runDetails").GetProperty("builder").GetProperty("id").GetString()
            .Should().Be("https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.2.0");
        predicate.GetProperty("runDetails").GetProperty("metadata").GetProperty("invocationId").GetString()
            .Should().Be("https://github.com/acme/app/actions/runs/4242/attempts/2");
        predicate.GetProperty("buildDefinition").GetProperty("resolvedDependencies")[0].GetProperty("uri").GetString()
            .Should().Be("git+https://github.com/acme/app@refs/tags/v1.2.0");
        foreach (var file in Directory.GetFiles(output))
        {
            File.ReadAllText(file, System.Text.Encoding.Latin1).Should().NotContain("SECRET", Path.GetFileName(file));
        }

        (result.Out + result.Error).Should().NotContain("SECRET");
    }

    [Fact]
    public void Outside_CI_the_builder_is_the_local_machine()
    {
        using var repo = ReleaseFixture.Create();
        var output = ReleaseFixture.NewOutputDirectory();
        StewardRunner.Run(repo.Root, "artifacts", "--out", output).ExitCode.Should().Be(0);
        using var statement = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, $"{ReleaseFixture.BaseName}.provenance.json")));

        statement.RootElement.GetProperty("predicate").GetProperty("runDetails").GetProperty("builder").GetProperty("id").GetString()
            .Should().Be("urn:steward:builder:local");
    }
}

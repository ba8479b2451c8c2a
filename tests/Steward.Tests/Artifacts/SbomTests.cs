using System.Text.Json;
using Steward.Tests.Support;

namespace Steward.Tests.Artifacts;

public sealed class SbomTests
{
    [Fact]
    public void Sbom_is_valid_CycloneDX_1_6_and_lists_every_pinned_package_with_its_lock_file()
    {
        using var repo = ReleaseFixture.Create();
        var output = ReleaseFixture.NewOutputDirectory();
        StewardRunner.Run(repo.Root, "artifacts", "--out", output).ExitCode.Should().Be(0);
        var text = File.ReadAllText(Path.Combine(output, $"{ReleaseFixture.BaseName}.cdx.json"));

        CycloneDxSchema.Validate(text).Should().BeEmpty();
        using var sbom = JsonDocument.Parse(text);
        var components = sbom.RootElement.GetProperty("components").EnumerateArray()
            .ToDictionary(c => c.GetProperty("purl").GetString()!, c => c.GetProperty("evidence").GetProperty("occurrences").EnumerateArray().Select(o => o.GetProperty("location").GetString()).ToList());
        components.Should().BeEquivalentTo(new Dictionary<string, List<string>>
        {
            ["pkg:nuget/Newtonsoft.Json@13.0.3"] = ["src/App/packages.lock.json"],
            ["pkg:nuget/System.Text.Json@8.0.5"] = ["src/App/packages.lock.json"],
            ["pkg:npm/%40babel/code-frame@7.24.7"] = ["web/package-lock.json"],
            ["pkg:npm/left-pad@1.3.0"] = ["web/package-lock.json"],
            ["pkg:npm/ms@2.1.3"] = ["web/package-lock.json"],
            ["pkg:pypi/flask-cors@4.0.1"] = ["py/poetry.lock"],
            ["pkg:pypi/requests@2.32.3"] = ["py/poetry.lock"],
            ["pkg:pypi/certifi@2024.8.30"] = ["py/requirements-prod.txt"],
            ["pkg:pypi/jinja2@3.1.4"] = ["py/requirements-prod.txt"],
            ["pkg:pypi/pydantic@2.9.2"] = ["svc/uv.lock"],
            ["pkg:pypi/typing-extensions@4.12.2"] = ["svc/uv.lock"],
            ["pkg:cargo/serde@1.0.210"] = ["rust/Cargo.lock"],
            ["pkg:golang/github.com/google/uuid@v1.6.0"] = ["go/go.sum"],
            ["pkg:golang/golang.org/x/text@v0.18.0"] = ["go/go.sum"],
            ["pkg:helm/postgresql@15.5.38?repository_url=https%3A%2F%2Fcharts.bitnami.com%2Fbitnami"] = ["charts/app/Chart.lock"],
            ["pkg:helm/common@2.23.0?repository_url=oci%3A%2F%2Fregistry-1.docker.io%2Fbitnamicharts"] = ["charts/app/Chart.lock"],
        });
    }

    [Fact]
    public void The_release_is_the_metadata_component_and_depends_on_every_package()
    {
        using var repo = ReleaseFixture.Create();
        var output = ReleaseFixture.NewOutputDirectory();
        StewardRunner.Run(repo.Root, "artifacts", "--out", output).ExitCode.Should().Be(0);
        using var sbom = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, $"{ReleaseFixture.BaseName}.cdx.json")));
        var root = sbom.RootElement;

        root.GetProperty("specVersion").GetString().Should().Be("1.6");
        var component = root.GetProperty("metadata").GetProperty("component");
        component.GetProperty("name").GetString().Should().Be("acme");
        component.GetProperty("version").GetString().Should().Be("1.2.0");
        component.GetProperty("properties").EnumerateArray().Select(p => p.GetProperty("value").GetString())
            .Should().Contain(repo.Git("rev-parse", ReleaseFixture.Tag + "^{commit}").Trim());
        root.GetProperty("metadata").GetProperty("timestamp").GetString().Should().Be("2024-01-01T12:01:00Z");
        var scoped = root.GetProperty("components").EnumerateArray().Single(c => c.GetProperty("purl").GetString() == "pkg:npm/%40babel/code-frame@7.24.7");
        scoped.GetProperty("group").GetString().Should().Be("@babel");
        scoped.GetProperty("name").GetString().Should().Be("code-frame");
        root.GetProperty("dependencies")[0].GetProperty("dependsOn").GetArrayLength().Should().Be(root.GetProperty("components").GetArrayLength());
    }

    [Fact]
    public void A_repository_without_lock_files_gets_an_sbom_with_no_components_that_still_validates()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("README.md", "x\n").Commit("feat: x");
        repo.Tag("v0.1.0");
        var output = ReleaseFixture.NewOutputDirectory();

        StewardRunner.Run(repo.Root, "artifacts", "--out", output).ExitCode.Should().Be(0);

        var name = Path.GetFileName(repo.Root);
        var text = File.ReadAllText(Path.Combine(output, $"{name}-v0.1.0.cdx.json"));
        CycloneDxSchema.Validate(text).Should().BeEmpty();
        JsonDocument.Parse(text).RootElement.GetProperty("components").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void The_schema_check_rejects_a_broken_sbom()
    {
        // Guards the guard: a document the schema forbids must be reported, or the tests above prove nothing.
        CycloneDxSchema.Validate("""{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"type":"nonsense","name":"x"}]}""")
            .Should().NotBeEmpty();
        CycloneDxSchema.Validate("""{"bomFormat":"CycloneDX","specVersion":"1.6","serialNumber":"not-a-urn"}""")
            .Should().NotBeEmpty();
    }
}

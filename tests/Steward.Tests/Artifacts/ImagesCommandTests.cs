using Steward.Tests.Support;

namespace Steward.Tests.Artifacts;

public sealed class ImagesCommandTests
{
    private const string ImagesJson = """
        {
          "images": [
            { "name": "ghcr.io/acme/app", "platforms": ["linux/amd64", "linux/arm64"], "tags": ["stable"] },
            { "name": "ghcr.io/acme/worker", "context": "worker", "dockerfile": "worker/Dockerfile" }
          ]
        }
        """;

    private static TempGitRepository RepositoryWithReleases(params string[] tags)
    {
        var repo = TempGitRepository.Create();
        repo.WriteFile("release-images.json", ImagesJson);
        foreach (var tag in tags)
        {
            repo.Commit($"feat: {tag}");
            repo.Tag(tag);
        }

        return repo;
    }

    [Theory]
    [InlineData("json")]
    [InlineData("bake")]
    [InlineData("shell")]
    public void Prints_the_plan_of_the_release_at_HEAD(string format)
    {
        using var repo = RepositoryWithReleases("v1.0.0", "v1.1.0", "v2.0.0");

        var result = StewardRunner.Run(repo.Root, "images", "--format", format);

        result.ExitCode.Should().Be(0, result.Error);
        Golden.Assert($"Artifacts/images-{format}.txt", result.Out);
    }

    [Fact]
    public void A_patch_to_an_old_line_keeps_latest_where_it_is()
    {
        using var repo = RepositoryWithReleases("v1.0.0", "v2.0.0");

        var result = StewardRunner.Run(repo.Root, "images", "--version", "1.0.1", "--format", "shell");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Be(
            "docker buildx build --file Dockerfile --platform linux/amd64,linux/arm64 --tag ghcr.io/acme/app:1.0.1 --tag ghcr.io/acme/app:1.0 --tag ghcr.io/acme/app:1 --tag ghcr.io/acme/app:stable --push .\n"
            + "docker buildx build --file worker/Dockerfile --tag ghcr.io/acme/worker:1.0.1 --tag ghcr.io/acme/worker:1.0 --tag ghcr.io/acme/worker:1 --push worker\n");
    }

    [Fact]
    public void A_prerelease_gets_only_its_own_tag()
    {
        using var repo = RepositoryWithReleases("v1.0.0", "v2.0.0-rc.1");

        var result = StewardRunner.Run(repo.Root, "images", "--format", "shell");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("--tag ghcr.io/acme/app:2.0.0-rc.1 --tag ghcr.io/acme/app:stable --push")
            .And.NotContain(":latest").And.NotContain(":2 ");
    }

    [Fact]
    public void Images_can_be_declared_in_steward_yml()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("steward.yml", "artifacts:\n  images:\n    - name: acme/app\n      platforms: [linux/amd64]\n");

        var result = StewardRunner.Run(repo.Root, "images", "--version", "v0.3.0", "--format", "shell");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Be("docker buildx build --file Dockerfile --platform linux/amd64 --tag acme/app:0.3.0 --tag acme/app:0.3 --tag acme/app:0 --tag acme/app:latest --push .\n");
    }

    [Theory]
    [InlineData("release-images.json", "{\n  \"images\": [\n    { \"name\": \"acme/app\", \"dockerfile\": 3 }\n  ]\n}", "images-error-field.txt")]
    [InlineData("release-images.json", "{ \"images\": [ ", "images-error-syntax.txt")]
    [InlineData("steward.yml", "artifacts:\n  images:\n    - name: acme/app\n      tags: [\"bad tag\"]\n", "images-error-config-tag.txt")]
    [InlineData("steward.yml", "artifacts:\n  images:\n    - nmae: acme/app\n", "images-error-config-key.txt")]
    public void Malformed_declarations_are_one_error_line(string file, string content, string golden)
    {
        using var repo = RepositoryWithReleases("v1.0.0");
        repo.WriteFile(file, content);
        if (file == "steward.yml")
        {
            File.Delete(repo.FullPath("release-images.json"));
        }

        var result = StewardRunner.Run(repo.Root, "images");

        result.ExitCode.Should().Be(2);
        result.Out.Should().BeEmpty();
        Golden.Assert($"Artifacts/{golden}", result.Error);
    }

    /// <summary>
    /// A context other than '.': bake reads the dockerfile relative to the context, docker buildx build --file relative
    /// to the working directory (the repository root). Both forms must name the files that are there.
    /// </summary>
    [Fact]
    public void Bake_and_shell_both_name_the_Dockerfile_that_exists_for_a_context_other_than_the_root()
    {
        using var repo = TempGitRepository.Create();
        repo.WriteFile("release-images.json", """
            { "images": [
              { "name": "acme/api", "context": "services/api", "dockerfile": "docker/api.Dockerfile" },
              { "name": "acme/worker", "context": "worker" },
              { "name": "acme/web", "context": "web", "dockerfile": "web/Dockerfile" }
            ] }
            """);
        repo.WriteFile("services/api/main.go", "package main\n").WriteFile("docker/api.Dockerfile", "FROM scratch\n");
        repo.WriteFile("worker/Dockerfile", "FROM scratch\n").WriteFile("web/Dockerfile", "FROM scratch\n");

        var bake = StewardRunner.Run(repo.Root, "images", "--version", "1.0.0", "--format", "bake");
        var shell = StewardRunner.Run(repo.Root, "images", "--version", "1.0.0", "--format", "shell");

        bake.ExitCode.Should().Be(0, bake.Error);
        using var document = System.Text.Json.JsonDocument.Parse(bake.Out);
        var targets = document.RootElement.GetProperty("target").EnumerateObject().ToList();
        targets.Should().HaveCount(3);
        foreach (var target in targets)
        {
            var context = target.Value.GetProperty("context").GetString()!;
            var dockerfile = target.Value.GetProperty("dockerfile").GetString()!;
            File.Exists(Path.Combine(repo.Root, context, dockerfile)).Should().BeTrue($"bake finds {dockerfile} from the context {context}");
        }

        shell.ExitCode.Should().Be(0, shell.Error);
        var lines = shell.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(3);
        foreach (var line in lines)
        {
            var words = line.Split(' ');
            var file = words[Array.IndexOf(words, "--file") + 1];
            File.Exists(Path.Combine(repo.Root, file)).Should().BeTrue($"docker build --file {file} run from the repository root finds it");
            Directory.Exists(Path.Combine(repo.Root, words[^1])).Should().BeTrue();
        }
    }

    [Fact]
    public void A_tag_template_writes_the_version_tags_with_a_v()
    {
        using var repo = RepositoryWithReleases("v1.0.0");
        repo.WriteFile("release-images.json", """{ "images": [ { "name": "quasim-api", "tagTemplate": "v{{tag}}", "tags": ["stable"] } ] }""");

        var result = StewardRunner.Run(repo.Root, "images", "--version", "1.1.0", "--format", "shell");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Be("docker buildx build --file Dockerfile --tag quasim-api:v1.1.0 --tag quasim-api:v1.1 --tag quasim-api:v1 --tag quasim-api:latest --tag quasim-api:stable --push .\n");
    }

    [Fact]
    public void A_tag_template_without_the_placeholder_is_an_error_naming_the_field()
    {
        using var repo = RepositoryWithReleases("v1.0.0");
        repo.WriteFile("release-images.json", "{ \"images\": [\n  { \"name\": \"acme/app\",\n    \"tagTemplate\": \"v1\" } ] }");

        var result = StewardRunner.Run(repo.Root, "images");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("steward: error: release-images.json:3: field 'images[0].tagTemplate' 'v1' is not a tag template");
    }

    [Fact]
    public void Declaring_images_twice_is_an_error()
    {
        using var repo = RepositoryWithReleases("v1.0.0");
        repo.WriteFile("steward.yml", "artifacts:\n  images:\n    - name: acme/app\n");

        var result = StewardRunner.Run(repo.Root, "images");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: images are declared twice, in release-images.json and in steward.yml artifacts.images; keep one\n");
    }

    [Fact]
    public void No_images_declared_is_an_error_saying_where_to_declare_them()
    {
        using var repo = TempGitRepository.Create();
        repo.Commit("feat: x");
        repo.Tag("v1.0.0");

        var result = StewardRunner.Run(repo.Root, "images");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: no images declared; add release-images.json or an artifacts.images list to steward.yml (see docs/images.md)\n");
    }

    [Fact]
    public void Without_a_release_at_HEAD_or_a_version_it_is_an_error()
    {
        using var repo = RepositoryWithReleases("v1.0.0");
        repo.Commit("fix: after the release");

        var result = StewardRunner.Run(repo.Root, "images");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: HEAD is not a release: no tag vX.Y.Z points at it; check out a release tag or pass --version V\n");
    }

    [Fact]
    public void A_version_that_is_not_a_version_is_an_error()
    {
        using var repo = RepositoryWithReleases("v1.0.0");

        var result = StewardRunner.Run(repo.Root, "images", "--version", "next");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("steward: error: --version: 'next' is not a valid version");
    }
}

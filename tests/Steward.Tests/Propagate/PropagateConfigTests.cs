using Steward.Tests.Support;

namespace Steward.Tests.Propagate;

public sealed class PropagateConfigTests
{
    [Fact]
    public void Configured_pattern_and_key_targets_are_written_and_exclusions_are_left_alone()
    {
        using var repo = SampleProject.Create("1.2.0+build.7");
        repo.WriteFile("deploy/values.yaml", "image:\n  repository: demo\n  tag: \"0.1.0\" # the image tag\n")
            .WriteFile("steward.yml", """
                propagate:
                  exclude:
                    - charts/**
                  targets:
                    - path: README.md
                      pattern: '--version (?<version>[0-9][^`]*)'
                    - path: deploy/*.yaml
                      key: image.tag
                      scheme: docker
                """);
        repo.Commit("chore: config");

        var result = StewardRunner.Run(repo.Root, "propagate");

        result.ExitCode.Should().Be(0, result.Error);
        repo.ReadFile("README.md").Should().Be("Install with `dotnet tool install demo --version 1.2.0+build.7`.\n");
        repo.ReadFile("deploy/values.yaml").Should().Be("image:\n  repository: demo\n  tag: \"1.2.0_build.7\" # the image tag\n");
        repo.ReadFile("charts/demo/Chart.yaml").Should().Contain("version: 0.1.0");
        StewardRunner.Run(repo.Root, "check").ExitCode.Should().Be(0);
    }

    [Theory]
    [InlineData("    - path: docs/*.md\n      pattern: 'v(?<version>\\S+)'\n", "error-config-matches-nothing.txt")]
    [InlineData("    - path: README.md\n      pattern: 'nothing-like-this (?<version>\\S+)'\n", "error-config-no-version-found.txt")]
    [InlineData("    - path: README.md\n      pattern: 'v(\\S+)'\n", "error-config-no-version-group.txt")]
    [InlineData("    - path: ../outside/file.txt\n      pattern: '(?<version>\\S+)'\n", "error-config-outside.txt")]
    [InlineData("    - path: README.md\n      pattern: '(?<version>\\S+)'\n      key: a.b\n", "error-config-pattern-and-key.txt")]
    [InlineData("    - path: README.md\n      key: a.b\n", "error-config-unknown-format.txt")]
    [InlineData("    - path: README.md\n      pattern: '(?<version>\\S+)'\n      scheme: calver\n", "error-config-unknown-scheme.txt")]
    public void A_configuration_mistake_is_one_error_naming_the_line_and_nothing_is_written(string target, string golden)
    {
        using var repo = SampleProject.Create();
        repo.WriteFile("steward.yml", "# targets Steward does not detect\npropagate:\n  targets:\n    - path: README.md\n      pattern: 'demo --version (?<version>\\S+)`'\n" + target);
        repo.Commit("chore: config");
        var before = repo.Snapshot();

        var result = StewardRunner.Run(repo.Root, "propagate");

        result.ExitCode.Should().Be(2);
        result.Out.Should().BeEmpty();
        Golden.Assert($"Propagate/{golden}", result.Error);
        repo.Snapshot().Should().Be(before);
    }

    [Fact]
    public void A_configured_target_that_is_a_symbolic_link_is_refused()
    {
        using var repo = SampleProject.Create();
        var outside = Path.Combine(Path.GetTempPath(), $"steward-outside-{Guid.NewGuid():N}.txt");
        File.WriteAllText(outside, "version 0.1.0\n");
        try
        {
            File.CreateSymbolicLink(repo.FullPath("linked.txt"), outside);
            repo.WriteFile("steward.yml", "propagate:\n  targets:\n    - path: linked.txt\n      pattern: 'version (?<version>\\S+)'\n");
            repo.Commit("chore: link");

            var result = StewardRunner.Run(repo.Root, "propagate");

            result.ExitCode.Should().Be(2);
            result.Error.Should().Be("steward: error: steward.yml:3: propagate.targets[0]: linked.txt is a symbolic link; refusing to follow it for writing, name the real file instead\n");
            File.ReadAllText(outside).Should().Be("version 0.1.0\n");
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public void A_detected_file_behind_a_symbolic_link_is_skipped()
    {
        using var repo = SampleProject.Create();
        var outside = Path.Combine(Path.GetTempPath(), $"steward-outside-{Guid.NewGuid():N}.json");
        File.WriteAllText(outside, "{\"version\": \"0.1.0\"}");
        try
        {
            File.CreateSymbolicLink(repo.FullPath("package-lock.json"), outside);
            repo.Commit("chore: links");

            StewardRunner.Run(repo.Root, "propagate").ExitCode.Should().Be(0);

            File.ReadAllText(outside).Should().Be("{\"version\": \"0.1.0\"}");
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public void Detection_can_be_turned_off()
    {
        using var repo = SampleProject.Create();
        repo.WriteFile("steward.yml", "propagate:\n  detect: false\n");
        repo.Commit("chore: config");

        var result = StewardRunner.Run(repo.Root, "check");

        result.ExitCode.Should().Be(0);
        result.Out.Should().Be("no targets found; only VERSION carries the version\n");
    }

    [Theory]
    [InlineData("propagate:\n  targets:\n    - path: x\n      patern: y\n", "steward: error: steward.yml:4: unknown key 'patern'; did you mean 'pattern'?\n")]
    [InlineData("propagate:\n  exclude: tests/**\n", "steward: error: steward.yml:2: this value has the wrong shape for its key (see docs/configuration.md)\n")]
    [InlineData("propagate:\n  targets:\n    - README.md\n", "steward: error: steward.yml:3: this value has the wrong shape for its key (see docs/configuration.md)\n")]
    public void A_malformed_propagate_section_names_the_line(string yaml, string error)
    {
        using var repo = SampleProject.Create();
        repo.WriteFile("steward.yml", yaml);

        var result = StewardRunner.Run(repo.Root, "check");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be(error);
    }
}

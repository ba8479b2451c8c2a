using Steward.Tests.Support;

namespace Steward.Tests.Version;

public sealed class VersionCommandTests : IDisposable
{
    private readonly TempGitRepository repo = TempGitRepository.Create();

    public void Dispose() => repo.Dispose();

    [Fact]
    public void Prints_version_from_the_repository_root_even_from_a_subdirectory()
    {
        repo.WriteFile("VERSION", "1.4.0-rc.2\n").WriteFile("src/app/x.txt", "x");
        var result = StewardRunner.Run(repo.FullPath("src/app"), "version");
        result.Should().Be(new StewardResult(0, "1.4.0-rc.2\n", string.Empty));
    }

    [Theory]
    [InlineData("semver", "1.4.0-rc.2+b7\n")]
    [InlineData("pep440", "1.4.0rc2+b7\n")]
    [InlineData("tag", "v1.4.0-rc.2+b7\n")]
    [InlineData("docker", "1.4.0-rc.2_b7\n")]
    public void Prints_each_form(string format, string expected)
    {
        repo.WriteFile("VERSION", "v1.4.0-rc.2+b7\n");
        StewardRunner.Run(repo.Root, "version", "--format", format).Out.Should().Be(expected);
    }

    [Fact]
    public void Json_lists_every_form_and_part()
    {
        repo.WriteFile("VERSION", "0.2.0a1\n");
        var result = StewardRunner.Run(repo.Root, "version", "--format", "json");
        result.ExitCode.Should().Be(0);
        Golden.Assert("Version/json-pep440.txt", result.Out);
    }

    [Fact]
    public void Pep440_version_file_prints_as_semver_by_default_and_pep440_on_request()
    {
        repo.WriteFile("VERSION", "0.2.0a1\n");
        StewardRunner.Run(repo.Root, "version").Out.Should().Be("0.2.0-alpha.1\n");
        StewardRunner.Run(repo.Root, "version", "--format", "pep440").Out.Should().Be("0.2.0a1\n");
    }

    [Fact]
    public void Set_writes_the_canonical_form_and_keeps_the_v_and_line_ending()
    {
        repo.WriteFile("VERSION", "v0.1.0\r\n");
        var result = StewardRunner.Run(repo.Root, "version", "set", "1.0.0-RC.1");
        result.ExitCode.Should().Be(0);
        repo.ReadFile("VERSION").Should().Be("v1.0.0-RC.1\r\n");

        StewardRunner.Run(repo.Root, "version", "set", "1.0.0alpha2").ExitCode.Should().Be(0);
        repo.ReadFile("VERSION").Should().Be("v1.0.0a2\r\n", "PEP 440 input is normalized");
    }

    [Fact]
    public void Set_repairs_a_malformed_file()
    {
        repo.WriteFile("VERSION", "garbage\nmore\n");
        StewardRunner.Run(repo.Root, "version", "set", "0.3.0").ExitCode.Should().Be(0);
        repo.ReadFile("VERSION").Should().Be("0.3.0\n");
    }

    [Fact]
    public void Set_refuses_an_invalid_version_and_leaves_the_file()
    {
        repo.WriteFile("VERSION", "0.1.0\n");
        var result = StewardRunner.Run(repo.Root, "version", "set", "1.2.x");
        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: '1.2.x' is not a valid version: the patch number 'x' is not a non-negative integer\n");
        repo.ReadFile("VERSION").Should().Be("0.1.0\n");
    }

    [Theory]
    [InlineData("1.2.3\n", new[] { "minor", "--pre", "rc" }, "1.3.0-rc.1\n")]
    [InlineData("1.3.0-rc.1\n", new[] { "prerelease" }, "1.3.0-rc.2\n")]
    [InlineData("1.3.0-beta.2\n", new[] { "prerelease", "--pre", "rc" }, "1.3.0-rc.1\n")]
    [InlineData("1.3.0-rc.2\n", new[] { "release" }, "1.3.0\n")]
    [InlineData("v2.9.9\n", new[] { "major" }, "v3.0.0\n")]
    [InlineData("0.2.0a1\n", new[] { "prerelease" }, "0.2.0a2\n")]
    [InlineData("0.2.0a1\n", new[] { "prerelease", "--pre", "beta" }, "0.2.0b1\n")]
    public void Bump_rewrites_version_in_the_file_scheme(string before, string[] args, string after)
    {
        repo.WriteFile("VERSION", before);
        var result = StewardRunner.Run(repo.Root, ["version", "bump", .. args]);
        result.ExitCode.Should().Be(0, result.Error);
        repo.ReadFile("VERSION").Should().Be(after);
        result.Out.Should().Be(after);
    }

    [Fact]
    public void Bump_dry_run_prints_without_writing()
    {
        repo.WriteFile("VERSION", "1.2.3\n");
        var result = StewardRunner.Run(repo.Root, "version", "bump", "patch", "--dry-run");
        result.Out.Should().Be("1.2.4\n");
        repo.ReadFile("VERSION").Should().Be("1.2.3\n");
    }

    [Fact]
    public void Bump_backwards_channel_is_refused_and_changes_nothing()
    {
        repo.WriteFile("VERSION", "1.3.0-rc.2\n");
        var result = StewardRunner.Run(repo.Root, "version", "bump", "prerelease", "--pre", "beta");
        result.ExitCode.Should().Be(2);
        Golden.Assert("Errors/bump-backwards.txt", result.Error);
        repo.ReadFile("VERSION").Should().Be("1.3.0-rc.2\n");
    }

    [Theory]
    [InlineData("", "empty-version-file")]
    [InlineData("1.0.0\n2.0.0\n", "two-versions")]
    [InlineData("1.0\n# released\n", "comment")]
    [InlineData("latest\n", "not-a-version")]
    public void Malformed_version_file_errors_name_file_and_line(string content, string golden)
    {
        repo.WriteFile("VERSION", content);
        var result = StewardRunner.Run(repo.Root, "version");
        result.ExitCode.Should().Be(2);
        result.Out.Should().BeEmpty();
        Golden.Assert($"Errors/{golden}.txt", result.Error);
    }

    [Fact]
    public void Missing_version_file_says_how_to_create_one()
    {
        var result = StewardRunner.Run(repo.Root, "version");
        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("steward: error: VERSION: not found in ").And.EndWith("; create it with 'steward version set 0.1.0'\n");
    }

    [Fact]
    public void Verbose_adds_the_stack_trace()
    {
        repo.WriteFile("VERSION", "x\n");
        var result = StewardRunner.Run(repo.Root, "version", "--verbose");
        result.Error.Should().Contain("at Steward.");
        StewardRunner.Run(repo.Root, "version").Error.Should().NotContain(" at ");
    }
}

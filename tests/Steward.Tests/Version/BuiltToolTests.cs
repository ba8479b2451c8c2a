using Steward.Tests.Support;

namespace Steward.Tests.Version;

/// <summary>The built binary, run as its own process the way a shell or CI runs it.</summary>
public class BuiltToolTests
{
    [Fact]
    public void Version_flag_prints_stewards_own_version_from_its_VERSION_file()
    {
        var expected = File.ReadAllText(Path.Combine(SourceTree.Root, "VERSION")).Trim();
        var result = ProcessRunner.Run(Path.GetTempPath(), null, "--version");
        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Trim().Should().Be(expected);
    }

    [Fact]
    public void Reads_standard_input_and_maps_errors_to_exit_codes()
    {
        var result = ProcessRunner.Run(Path.GetTempPath(), "1.2.0-rc.1\n1.2.0-beta.1\n", "version", "convert", "--to", "pep440");
        result.Should().Be(new StewardResult(0, "1.2.0rc1\n1.2.0b1\n", string.Empty));

        var bad = ProcessRunner.Run(Path.GetTempPath(), null, "version", "compare", "1.0.0", "x");
        bad.ExitCode.Should().Be(2);
        bad.Error.Should().StartWith("steward: error: 'x' is not a valid version");
    }

    [Fact]
    public void Runs_on_this_repository()
    {
        var result = ProcessRunner.Run(SourceTree.Root, null, "version", "--format", "json");
        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("\"scheme\": \"semver\"");
    }
}

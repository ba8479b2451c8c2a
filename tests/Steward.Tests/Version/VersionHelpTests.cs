using Steward.Tests.Support;

namespace Steward.Tests.Version;

public class VersionHelpTests
{
    [Theory]
    [InlineData("root", new[] { "--help" })]
    [InlineData("version", new[] { "version", "--help" })]
    [InlineData("version-set", new[] { "version", "set", "--help" })]
    [InlineData("version-bump", new[] { "version", "bump", "--help" })]
    [InlineData("version-validate", new[] { "version", "validate", "--help" })]
    [InlineData("version-sort", new[] { "version", "sort", "--help" })]
    [InlineData("version-compare", new[] { "version", "compare", "--help" })]
    [InlineData("version-convert", new[] { "version", "convert", "--help" })]
    public void Help_is_complete_and_stable(string name, string[] args)
    {
        var result = StewardRunner.Run(Path.GetTempPath(), args);
        result.ExitCode.Should().Be(0);
        Golden.Assert($"Help/{name}.txt", result.Out);
    }
}

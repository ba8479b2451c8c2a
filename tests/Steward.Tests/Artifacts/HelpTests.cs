using Steward.Tests.Support;

namespace Steward.Tests.Artifacts;

public sealed class HelpTests
{
    [Theory]
    [InlineData("artifacts")]
    [InlineData("images")]
    public void Help_text_is_complete(string verb)
    {
        var result = StewardRunner.Run(Path.GetTempPath(), verb, "--help");

        result.ExitCode.Should().Be(0);
        Golden.Assert($"Artifacts/{verb}-help.txt", result.Out);
    }
}

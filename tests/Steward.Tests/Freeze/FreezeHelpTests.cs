using Steward.Tests.Support;

namespace Steward.Tests.Freeze;

public sealed class FreezeHelpTests
{
    [Theory]
    [InlineData("freeze")]
    [InlineData("freeze status")]
    [InlineData("announce")]
    public void Help_is_complete_and_stable(string verb)
    {
        var result = StewardRunner.Run(Path.GetTempPath(), [.. verb.Split(' '), "--help"]);

        result.ExitCode.Should().Be(0);
        Golden.Assert($"Help/{verb.Replace(' ', '-')}.txt", result.Out);
    }
}

using Steward.Tests.Support;

namespace Steward.Tests.Release;

public class ReleaseHelpTests
{
    [Fact]
    public void Help_is_complete_and_stable()
    {
        var result = StewardRunner.Run(Path.GetTempPath(), "release", "--help");
        result.ExitCode.Should().Be(0);
        Golden.Assert("Help/release.txt", result.Out);
    }
}

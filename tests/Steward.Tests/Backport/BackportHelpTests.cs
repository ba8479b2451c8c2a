using Steward.Tests.Support;

namespace Steward.Tests.Backport;

public class BackportHelpTests
{
    [Fact]
    public void Help_is_complete_and_stable()
    {
        var result = StewardRunner.Run(Path.GetTempPath(), "backport", "--help");
        result.ExitCode.Should().Be(0);
        Golden.Assert("Help/backport.txt", result.Out);
    }
}

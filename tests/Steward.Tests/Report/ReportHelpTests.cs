using Steward.Tests.Support;

namespace Steward.Tests.Report;

public sealed class ReportHelpTests
{
    [Fact]
    public void Help_is_complete_and_stable()
    {
        var result = StewardRunner.Run(Path.GetTempPath(), "report", "--help");

        result.ExitCode.Should().Be(0);
        Golden.Assert("Help/report.txt", result.Out);
        result.Out.Should().Contain("--out").And.Contain("--component").And.Contain("--json").And.Contain("--dry-run").And.Contain("--abort").And.Contain("--continue");
    }
}

using FluentAssertions;
using Steward.Tests.Support;
using Xunit;

namespace Steward.Tests.PullRequests;

public sealed class PullRequestHelpTests
{
    [Fact]
    public void Help_text_is_complete()
    {
        var result = StewardRunner.Run(Path.GetTempPath(), "pr", "--help");

        result.ExitCode.Should().Be(0);
        Golden.Assert("PullRequests/pr-help.txt", result.Out);
    }
}

using Steward.Tests.Support;

namespace Steward.Tests.Flow;

public class FlowHelpTests
{
    [Theory]
    [InlineData("support", new[] { "support", "--help" })]
    [InlineData("rollback", new[] { "rollback", "--help" })]
    [InlineData("sync", new[] { "sync", "--help" })]
    [InlineData("flow", new[] { "flow", "--help" })]
    [InlineData("flow-init", new[] { "flow", "init", "--help" })]
    [InlineData("flow-feature", new[] { "flow", "feature", "--help" })]
    [InlineData("flow-feature-start", new[] { "flow", "feature", "start", "--help" })]
    [InlineData("flow-feature-finish", new[] { "flow", "feature", "finish", "--help" })]
    [InlineData("flow-release", new[] { "flow", "release", "--help" })]
    [InlineData("flow-release-start", new[] { "flow", "release", "start", "--help" })]
    [InlineData("flow-release-finish", new[] { "flow", "release", "finish", "--help" })]
    [InlineData("flow-hotfix", new[] { "flow", "hotfix", "--help" })]
    [InlineData("flow-hotfix-start", new[] { "flow", "hotfix", "start", "--help" })]
    [InlineData("flow-hotfix-finish", new[] { "flow", "hotfix", "finish", "--help" })]
    public void Help_is_complete_and_stable(string name, string[] args)
    {
        var result = StewardRunner.Run(Path.GetTempPath(), args);

        result.ExitCode.Should().Be(0);
        Golden.Assert($"Help/Flow/{name}.txt", result.Out);
    }
}

using Steward.Core.Forge;

namespace Steward.Core.Tests.Forge;

public class RequiredChecksTests
{
    private static CommitCheck Check(string name, CheckState state) => new(name, state, $"https://ci.example/{name}");

    [Fact]
    public void Named_checks_pass_when_each_passed_and_others_do_not_matter()
    {
        var verdict = RequiredChecks.Evaluate(["build", "lint"], [Check("build", CheckState.Passed), Check("lint", CheckState.Passed), Check("nightly", CheckState.Failed)]);

        verdict.Passed.Should().BeTrue();
    }

    [Fact]
    public void A_named_check_not_reported_yet_is_waited_for()
    {
        var verdict = RequiredChecks.Evaluate(["build", "deploy"], [Check("build", CheckState.Passed)]);

        verdict.Passed.Should().BeFalse();
        verdict.Failed.Should().BeEmpty();
        verdict.Waiting.Should().Equal("deploy");
    }

    [Fact]
    public void A_name_reported_twice_stands_at_its_worst()
    {
        RequiredChecks.Evaluate(["ci"], [Check("ci", CheckState.Passed), Check("ci", CheckState.Failed)]).Failed.Should().ContainSingle();
        RequiredChecks.Evaluate(["ci"], [Check("ci", CheckState.Failed), Check("ci", CheckState.Pending)]).Waiting.Should().Equal("ci");
    }

    [Fact]
    public void All_requires_every_reported_check_and_at_least_one()
    {
        RequiredChecks.Evaluate(["all"], []).Waiting.Should().Equal("all");
        RequiredChecks.Evaluate(["all"], [Check("b", CheckState.Passed), Check("a", CheckState.Failed)]).Failed.Select(c => c.Name).Should().Equal("a");
        RequiredChecks.Evaluate(["all"], [Check("b", CheckState.Passed)]).Passed.Should().BeTrue();
    }
}

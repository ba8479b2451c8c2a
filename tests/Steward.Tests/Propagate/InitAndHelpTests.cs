using Steward.Tests.Support;

namespace Steward.Tests.Propagate;

public sealed class InitAndHelpTests
{
    [Theory]
    [InlineData("propagate")]
    [InlineData("check")]
    [InlineData("init")]
    public void Help_is_complete(string verb)
    {
        using var repo = TempGitRepository.Create();

        var result = StewardRunner.Run(repo.Root, verb, "--help");

        result.ExitCode.Should().Be(0);
        Golden.Assert($"Propagate/help-{verb}.txt", result.Out);
    }

    [Fact]
    public void Init_writes_a_commented_configuration_that_lists_the_detected_targets_and_loads()
    {
        using var repo = SampleProject.Create();

        var result = StewardRunner.Run(repo.Root, "init");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Be("wrote steward.yml (6 detected targets in 5 files)\n");
        Golden.Assert("Propagate/init-steward.yml", repo.ReadFile("steward.yml"));
        StewardRunner.Run(repo.Root, "check").Error.Should().NotContain("steward.yml", "the written file is valid configuration");
    }

    [Fact]
    public void Init_refuses_to_replace_an_existing_configuration_unless_forced()
    {
        using var repo = SampleProject.Create();
        repo.WriteFile("steward.yml", "tagPrefix: x\n");

        var refused = StewardRunner.Run(repo.Root, "init");
        refused.ExitCode.Should().Be(2);
        refused.Error.Should().Be("steward: error: steward.yml: already exists; edit it, or pass --force to replace it\n");
        repo.ReadFile("steward.yml").Should().Be("tagPrefix: x\n");

        StewardRunner.Run(repo.Root, "init", "--force").ExitCode.Should().Be(0);
        repo.ReadFile("steward.yml").Should().StartWith("# steward.yml");
    }
}

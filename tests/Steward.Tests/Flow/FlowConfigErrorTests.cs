using Steward.Tests.Support;

namespace Steward.Tests.Flow;

public sealed class FlowConfigErrorTests : IDisposable
{
    private readonly TempGitRepository repo = TempGitRepository.Create();

    public FlowConfigErrorTests()
    {
        repo.Commit("feat: one");
        repo.Tag("v1.0.0");
        repo.Commit("feat: two");
        repo.Tag("v1.1.0");
    }

    public void Dispose() => repo.Dispose();

    [Theory]
    [InlineData("config-bad-artifact-form", "flow:\n  artifacts:\n    image: oci\n", "rollback")]
    [InlineData("config-no-full-support", "flow:\n  support:\n    fullMajors: 0\n", "support")]
    [InlineData("config-unknown-flow-key", "flow:\n  branchez:\n    main: trunk\n", "support")]
    [InlineData("config-sync-without-branch", "flow:\n  sync:\n    - from: main\n", "sync")]
    [InlineData("config-unknown-flow-key-in-flow", "flow:\n  branches:\n    trunk: main\n", "flow", "init")]
    public void A_bad_flow_section_is_one_line_naming_the_key_and_exits_2(string name, string yaml, params string[] args)
    {
        repo.WriteFile("steward.yml", yaml);
        var before = repo.Snapshot();

        var result = StewardRunner.Run(repo.Root, args);

        result.ExitCode.Should().Be(2);
        Golden.Assert($"Flow/{name}.txt", result.Error);
        repo.Snapshot().Should().Be(before);
    }
}

using Steward.Tests.Support;

namespace Steward.Tests.Infrastructure;

/// <summary>What the command line says when it is mistyped: one clear line per problem, with a "did you mean".</summary>
public sealed class CommandLineMessageTests
{
    [Fact]
    public void A_mistyped_verb_is_one_line_with_the_closest_verb()
    {
        var result = StewardRunner.Run(Path.GetTempPath(), "nxt");

        result.ExitCode.Should().Be(2);
        result.Out.Should().BeEmpty();
        result.Error.Should().Be("steward: error: unknown command 'nxt' for 'steward'; did you mean 'next'? (see 'steward --help')\n");
    }

    [Fact]
    public void A_mistyped_option_is_one_line_with_the_closest_option()
    {
        using var repo = TempGitRepository.Create();

        var result = StewardRunner.Run(repo.Root, "next", "--tag-prefx", "v");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: unknown option '--tag-prefx' for 'steward next'; did you mean '--tag-prefix'? (see 'steward next --help')\n");
    }

    [Fact]
    public void An_unknown_option_with_nothing_close_is_named_alone()
    {
        using var repo = TempGitRepository.Create();

        var result = StewardRunner.Run(repo.Root, "next", "--bogus");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: unknown option '--bogus' for 'steward next' (see 'steward next --help')\n");
    }

    [Fact]
    public void A_mistyped_subcommand_of_a_group_names_the_group()
    {
        var result = StewardRunner.Run(Path.GetTempPath(), "flow", "relase");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: unknown command 'relase' for 'steward flow'; did you mean 'release'? (see 'steward flow --help')\n");
    }
}

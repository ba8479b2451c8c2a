using Steward.Cli;
using Steward.Tests.Support;

namespace Steward.Tests.Infrastructure;

/// <summary>Start-up builds only the verb a command line names; everything else still sees the whole tree.</summary>
public class VerbSelectionTests
{
    [Theory]
    [InlineData("lint --message-file F", "lint")]
    [InlineData("-C dir --verbose next", "next")]
    [InlineData("--directory=dir version bump minor", "version")]
    public void A_named_verb_is_the_only_one_built(string line, string verb) =>
        StewardCli.VerbsNeeded(line.Split(' ')).Should().Equal(verb);

    [Fact]
    public void A_bare_version_flag_builds_no_verb() => StewardCli.VerbsNeeded(["--version"]).Should().BeEmpty();

    [Fact]
    public void A_bare_version_flag_is_answered_without_the_parser_and_anything_more_still_goes_to_it()
    {
        // The bare flag is answered before the parser is built (BuiltToolTests checks the line against VERSION); the
        // parser's version option takes no other argument, and says so as before.
        var bare = StewardRunner.Run(Path.GetTempPath(), "--version");
        var combined = StewardRunner.Run(Path.GetTempPath(), "--verbose", "--version");

        bare.ExitCode.Should().Be(0);
        bare.Out.Should().MatchRegex(@"^\d+\.\d+\.\d+\S*\n$");
        bare.Error.Should().BeEmpty();
        combined.ExitCode.Should().Be(2);
        combined.Error.Should().StartWith("steward: error: --version option cannot be combined with other arguments.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("--help")]
    [InlineData("relase --dry-run")]
    [InlineData("@args.rsp")]
    [InlineData("-C")]
    public void Help_typos_and_anything_unclear_build_every_verb(string line) =>
        StewardCli.VerbsNeeded(line.Length == 0 ? [] : line.Split(' ')).Should().BeNull();

    [Fact]
    public void A_misspelt_verb_still_gets_the_parser_s_answer_about_the_whole_tree()
    {
        var result = StewardRunner.Run(Path.GetTempPath(), "relase");
        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("steward: error: ").And.Contain("unknown command 'relase'").And.Contain("did you mean 'release'?");
    }

    [Theory]
    [InlineData("lint --help", "  steward lint [options]")]
    [InlineData("next -h", "  steward next [options]")]
    [InlineData("-C . version -?", "  steward version [command] [options]")]
    public void Help_for_a_named_verb_is_built_when_asked_for(string line, string usage)
    {
        var result = StewardRunner.Run(Path.GetTempPath(), line.Split(' '));

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("Usage:\n" + usage + "\n");
    }

    [Fact]
    public void Version_after_a_verb_is_still_refused_by_name()
    {
        var result = StewardRunner.Run(Path.GetTempPath(), "lint", "--version");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: unknown option '--version' for 'steward lint' (see 'steward lint --help')\n");
    }
}

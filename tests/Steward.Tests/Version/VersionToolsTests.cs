using Steward.Tests.Support;

namespace Steward.Tests.Version;

/// <summary>The string tools: validate, sort, compare, convert, with arguments and with standard input.</summary>
public class VersionToolsTests
{
    private static readonly string Dir = Path.GetTempPath();
    private static readonly IReadOnlyDictionary<string, string?> NoExtraEnvironment = TestEnvironment.Create();

    [Fact]
    public void Validate_prints_one_verdict_per_input_and_fails_when_any_is_invalid()
    {
        var result = StewardRunner.Run(Dir, "version", "validate", "v1.2.3", "1.2", "1.0.0-rc.1+b");
        result.ExitCode.Should().Be(1);
        result.Out.Should().Be(
            "v1.2.3\tvalid\t1.2.3\n" +
            "1.2\tinvalid\tSemVer needs exactly three numbers, MAJOR.MINOR.PATCH\n" +
            "1.0.0-rc.1+b\tvalid\t1.0.0-rc.1+b\n");
    }

    [Fact]
    public void Validate_reads_standard_input_when_no_arguments_are_given()
    {
        var result = StewardRunner.Run(Dir, "1.0\n1.0.POST1\n\n2!3\n", NoExtraEnvironment, "version", "validate", "--scheme", "pep440");
        result.ExitCode.Should().Be(0);
        result.Out.Should().Be("1.0\tvalid\t1.0\n1.0.POST1\tvalid\t1.0.post1\n2!3\tvalid\t2!3\n");
    }

    [Fact]
    public void Validate_json()
    {
        var result = StewardRunner.Run(Dir, "version", "validate", "--json", "1.0.0", "1.0");
        result.ExitCode.Should().Be(1);
        Golden.Assert("Version/validate.json.txt", result.Out);
    }

    [Fact]
    public void Sort_orders_by_precedence_keeping_the_input_spelling()
    {
        var result = StewardRunner.Run(Dir, "version", "sort", "v1.0.0", "1.0.0-rc.1", "1.0.0-alpha", "1.0.0-beta.11", "1.0.0-beta.2", "0.9.0");
        result.Should().Be(new StewardResult(0, "0.9.0\n1.0.0-alpha\n1.0.0-beta.2\n1.0.0-beta.11\n1.0.0-rc.1\nv1.0.0\n", string.Empty));
    }

    [Fact]
    public void Sort_reports_invalid_inputs_and_still_sorts_the_rest()
    {
        var result = StewardRunner.Run(Dir, "2.0.0\nnope\n1.0.0\n", NoExtraEnvironment, "version", "sort");
        result.ExitCode.Should().Be(1);
        result.Out.Should().Be("1.0.0\n2.0.0\n");
        result.Error.Should().Be("steward: error: 'nope' is not a valid version: SemVer needs exactly three numbers, MAJOR.MINOR.PATCH\n");
    }

    [Fact]
    public void Sort_pep440()
    {
        var result = StewardRunner.Run(Dir, "version", "sort", "--scheme", "pep440", "1.0", "1.0.post1", "1.0rc1", "1.0.dev1", "0.9");
        result.Out.Should().Be("0.9\n1.0.dev1\n1.0rc1\n1.0\n1.0.post1\n");
    }

    [Theory]
    [InlineData("1.0.0", "2.0.0", "-1")]
    [InlineData("1.0.0+a", "1.0.0+b", "0")]
    [InlineData("1.0.0", "1.0.0-rc.1", "1")]
    public void Compare_prints_the_sign(string a, string b, string expected)
    {
        StewardRunner.Run(Dir, "version", "compare", a, b).Out.Should().Be(expected + "\n");
    }

    [Fact]
    public void Compare_reads_pairs_from_standard_input()
    {
        var result = StewardRunner.Run(Dir, "1.0 1.0.0\n1.0a1 1.0\n", NoExtraEnvironment, "version", "compare", "--scheme", "pep440");
        result.Out.Should().Be("0\n-1\n");
    }

    [Fact]
    public void Compare_with_one_version_is_a_usage_error()
    {
        var result = StewardRunner.Run(Dir, "version", "compare", "1.0.0");
        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("steward: error: compare takes two versions, got 1: '1.0.0'\n");
    }

    [Theory]
    [InlineData("1.2.0-alpha.1", "pep440", "1.2.0a1")]
    [InlineData("1.2.0a1", "semver", "1.2.0-alpha.1")]
    [InlineData("1.2.0+build.7", "docker", "1.2.0_build.7")]
    [InlineData("1.2.0", "tag", "v1.2.0")]
    [InlineData("v0.2.0-alpha.1", "pep440", "0.2.0a1")]
    public void Convert(string input, string to, string expected)
    {
        var result = StewardRunner.Run(Dir, "version", "convert", input, "--to", to);
        result.Should().Be(new StewardResult(0, expected + "\n", string.Empty));
    }

    [Fact]
    public void Convert_refuses_what_has_no_faithful_image()
    {
        var result = StewardRunner.Run(Dir, "version", "convert", "1.0.0-foo.bar", "--to", "pep440");
        result.ExitCode.Should().Be(2);
        Golden.Assert("Errors/convert-unmappable.txt", result.Error);
    }

    [Fact]
    public void Unknown_options_are_usage_errors_with_exit_2()
    {
        var result = StewardRunner.Run(Dir, "version", "convert", "1.0.0", "--to", "rpm");
        result.ExitCode.Should().Be(2);
        Golden.Assert("Errors/convert-bad-target.txt", result.Error);
    }
}

using System.Text.RegularExpressions;
using Steward.Tests.Support;

namespace Steward.Tests.Infrastructure;

/// <summary>
/// Guards the rule in docs/architecture.md: every sentence Steward says about a failure is a named method of the one
/// catalogue (<c>src/Steward.Core/Errors/Messages.*.cs</c>), <c>steward: error: </c> is written in one place, and no
/// code reads a library's English exception text to decide what to say.
/// </summary>
public sealed partial class MessageCatalogueTests
{
    private const string Catalogue = "src/Steward.Core/Errors/";

    [Fact]
    public void Migrated_code_builds_no_failure_from_an_inline_sentence()
    {
        var offenders = Sources()
            .Where(f => !f.Path.StartsWith(Catalogue, StringComparison.Ordinal))
            .SelectMany(f => InlineFailure().Matches(f.Text).Select(m => $"{f.Path}:{LineOf(f.Text, m.Index)}: {m.Value.Trim()}"))
            .ToList();

        offenders.Should().BeEmpty("a failure's sentence is a named method of Steward.Core.Errors.Messages (see docs/architecture.md)");
    }

    [Fact]
    public void The_error_prefix_is_written_in_one_place()
    {
        var writers = Sources()
            .Where(f => f.Text.Contains("\"steward: error:", StringComparison.Ordinal) || f.Text.Contains("\"error: ", StringComparison.Ordinal))
            .Select(f => f.Path)
            .Where(p => p != "src/Steward/Cli/ErrorLine.cs")
            .ToList();

        writers.Should().BeEmpty("only Cli/ErrorLine.cs writes 'steward: error: ', and no message starts with its own 'error:'");
    }

    [Fact]
    public void No_code_reads_a_library_exceptions_wording()
    {
        var offenders = Sources()
            .Where(f => !f.Path.StartsWith(Catalogue, StringComparison.Ordinal))
            .SelectMany(f => MessageTextTest().Matches(f.Text).Select(m => $"{f.Path}:{LineOf(f.Text, m.Index)}: {m.Value}"))
            .ToList();

        offenders.Should().BeEmpty("a message is made from the exception's type and properties, not from its English text");
    }

    [Fact]
    public void The_catalogue_is_where_the_rule_says()
    {
        var catalogue = Sources().Where(f => f.Path.StartsWith(Catalogue + "Messages", StringComparison.Ordinal)).ToList();

        catalogue.Should().Contain(f => f.Path == Catalogue + "Messages.cs");
        catalogue.Should().OnlyContain(f => f.Text.Contains("public static partial class Messages", StringComparison.Ordinal));
        catalogue.Should().NotContain(f => MessageStartsWithError().IsMatch(f.Text), "the command line adds 'steward: error: ' itself");
    }

    private static List<(string Path, string Text)> Sources() => SourceTree.CSharpFiles("src");

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    // A StewardException (or a target-typed one) built with its sentence in place: "new StewardException(Kind, $"..."",
    // "new(FailureKind.X, "...")", or a wrapper taking a literal.
    [GeneratedRegex("""new\s+(?:Core\.Errors\.)?StewardException\s*\(\s*(?:(?:Core\.Errors\.)?FailureKind\.\w+\s*,\s*)?\$?@?"|new\s*\(\s*(?:Core\.Errors\.)?FailureKind\.\w+\s*,\s*\$?@?"|new\s+(?:Core\.Errors\.)?StewardException\s*\(\s*(?:(?:Core\.Errors\.)?FailureKind\.\w+\s*,\s*)?[a-z]\w*\s*[,)]""")]
    private static partial Regex InlineFailure();

    // Deciding on an exception's text: e.Message.StartsWith("..."), reason.Contains("not found on type"), and the like.
    [GeneratedRegex("""\.Message\s*\.\s*(?:StartsWith|EndsWith|Contains|IndexOf)\s*\(|\breason\s*\.\s*(?:StartsWith|EndsWith|Contains)\(\s*"|(?:StartsWith|Contains)\("(?:Property '|Yaml value is null|No node deserializer|Invalid cast from)""")]
    private static partial Regex MessageTextTest();

    [GeneratedRegex("""(?:Invalid|Failed|Nothing)\(\$?"(?:steward: )?error:""")]
    private static partial Regex MessageStartsWithError();
}

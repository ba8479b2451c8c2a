using System.CommandLine;
using Steward.Cli;
using Steward.Core.Versioning;

namespace Steward.Commands;

/// <summary><c>steward version convert V --to FORM</c>: rewrites versions in another scheme, only where it is faithful.</summary>
internal static class VersionConvertCommand
{
    public static Command Create(CommandContext context)
    {
        var values = new Argument<string[]>("versions") { Description = "Versions to convert; one per line on standard input when none are given", Arity = ArgumentArity.ZeroOrMore };
        var to = new Option<string>("--to")
        {
            Description = "Target form",
            Required = true,
            HelpName = "semver|pep440|docker|tag",
        }.AcceptOnlyFromAmong("semver", "pep440", "docker", "tag");
        var scheme = new Option<string?>("--scheme")
        {
            Description = "Scheme of the inputs (default: SemVer when it parses as SemVer, else PEP 440)",
            HelpName = "semver|pep440",
        }.AcceptOnlyFromAmong("semver", "pep440");
        var tagPrefix = VersionCommand.TagPrefixOption();
        var command = new Command("convert", "Convert versions between SemVer, PEP 440, Docker tag and git tag forms; a part with no faithful image is an error")
        {
            values,
            to,
            scheme,
            tagPrefix,
        };
        command.SetAction(parse =>
        {
            var from = parse.GetValue(scheme) is { } s ? SchemeOptions.Parse(s) : (VersionScheme?)null;
            var prefix = parse.GetValue(tagPrefix)!;
            foreach (var input in InputValues.From(parse.GetValue(values), context))
            {
                var version = ParsedVersion.Parse(input, from);
                context.Out.WriteLine(parse.GetValue(to) switch
                {
                    "pep440" => version.ToPep440().ToString(),
                    "docker" => VersionConverter.ToDockerTag(version.ToSemVer()),
                    "tag" => VersionConverter.ToGitTag(version.ToSemVer(), prefix),
                    _ => version.ToSemVer().ToString(),
                });
            }

            return ExitCodes.Success;
        });
        return command;
    }
}

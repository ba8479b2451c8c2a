using System.CommandLine;
using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Versioning;
using Steward.Workspace;

namespace Steward.Commands;

/// <summary><c>steward version</c>: prints the project's version from VERSION, in any of its forms; parent of the version tools.</summary>
internal static class VersionCommand
{
    public static Command Create(CommandContext context)
    {
        var format = new Option<string>("--format")
        {
            Description = "Form to print: semver, pep440, tag (git tag with prefix), docker (image tag), json (every form and part)",
            DefaultValueFactory = _ => "semver",
            HelpName = "semver|pep440|tag|docker|json",
        }.AcceptOnlyFromAmong("semver", "pep440", "tag", "docker", "json");
        var tagPrefix = TagPrefixOption();
        var command = new Command("version", "Print the project's version (from VERSION), or work with version strings")
        {
            format,
            tagPrefix,
            VersionSetCommand.Create(context),
            VersionBumpCommand.Create(context),
            VersionValidateCommand.Create(context),
            VersionSortCommand.Create(context),
            VersionCompareCommand.Create(context),
            VersionConvertCommand.Create(context),
        };
        command.SetAction(parse =>
        {
            var project = ProjectDirectory.Open(context, GlobalOptions.DirectoryOf(parse));
            var version = project.ReadVersionFile(ComponentResolver.SingleLeniently(project.Root)).Version;
            var prefix = parse.GetValue(tagPrefix)!;
            var form = parse.GetValue(format)!;
            if (form == "json")
            {
                VersionJson.Write(context.Out, version, prefix);
                return ExitCodes.Success;
            }

            context.Out.WriteLine(form switch
            {
                "pep440" => version.ToPep440().ToString(),
                "tag" => VersionConverter.ToGitTag(version.ToSemVer(), prefix),
                "docker" => VersionConverter.ToDockerTag(version.ToSemVer()),
                _ => version.Scheme == VersionScheme.SemVer ? version.Normalized : version.ToSemVer().ToString(),
            });
            return ExitCodes.Success;
        });
        return command;
    }

    public static Option<string> TagPrefixOption() => new("--tag-prefix")
    {
        Description = "Prefix of release tags",
        DefaultValueFactory = _ => "v",
        HelpName = "PREFIX",
    };
}

using System.CommandLine;
using Steward.Artifacts;
using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Artifacts.Images;
using Steward.Core.Errors;
using Steward.Workspace;

namespace Steward.Commands;

/// <summary><c>steward images</c>: prints the container image plan of a release (tags per image); builds and pushes nothing.</summary>
internal static class ImagesCommand
{
    public static Command Create(CommandContext context)
    {
        var version = new Option<string?>("--version")
        {
            Description = "Release to plan for (X.Y.Z; need not be tagged yet); default: the release tag at HEAD",
            HelpName = "V",
        };
        var format = new Option<string>("--format")
        {
            Description = "Output: json (the plan), bake (a docker buildx bake file), shell (docker buildx build commands)",
            DefaultValueFactory = _ => "json",
            HelpName = "json|bake|shell",
        }.AcceptOnlyFromAmong("json", "bake", "shell");
        var components = new Option<string[]>("--component")
        {
            Description = "In a monorepo: only this component's images (repeatable); by default every component with images whose release tag is at HEAD",
            HelpName = "NAME",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("images",
            "Plan the release's container images from release-images.json or steward.yml: X.Y.Z for every release; X.Y, X and latest "
            + "only for a stable release that is the highest of its minor line, major line or overall. Nothing is built or pushed")
        {
            version,
            format,
            components,
        };
        command.SetAction(parse =>
        {
            var project = ProjectDirectory.Open(context, GlobalOptions.DirectoryOf(parse));
            var repository = project.Repository
                ?? throw Messages.NotInRepository(project.Root);
            var config = ConfigLoader.Load(project.Root);
            var only = parse.GetValue(components) ?? [];
            var selected = ComponentResolver.Select(config, only);
            if (ComponentResolver.HasComponents(config))
            {
                context.Out.Write(MonorepoImages.Plan(project.Root, repository.Git, selected, only.Length > 0, parse.GetValue(version), parse.GetValue(format)!));
                return ExitCodes.Success;
            }

            var images = ImageSource.Load(project.Root, config.Artifacts);
            var given = parse.GetValue(version);
            var release = given is null
                ? ReleaseTagResolver.Resolve(repository.Git, config.TagPrefix, null).Version
                : ReleaseTagResolver.ParseOption(given, config.TagPrefix);
            var plan = ImagePlanner.Plan(images, release, ReleaseTagResolver.ReleaseVersions(repository.Git, config.TagPrefix));
            context.Out.Write(parse.GetValue(format) switch
            {
                "bake" => ImagePlanWriter.Bake(plan),
                "shell" => ImagePlanWriter.Shell(plan),
                _ => ImagePlanWriter.Json(release.ToString(), plan),
            });
            return ExitCodes.Success;
        });
        return command;
    }
}

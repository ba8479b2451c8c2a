using System.CommandLine;
using System.Text;
using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Git;
using Steward.Propagation;
using Steward.Workspace;

namespace Steward.Commands;

/// <summary><c>steward init</c>: writes a commented steward.yml at the root that lists the targets Steward detected.</summary>
internal static class InitCommand
{
    public static Command Create(CommandContext context)
    {
        var force = new Option<bool>("--force") { Description = "Replace an existing steward.yml" };
        var command = new Command("init", "Write a commented steward.yml that lists the files Steward detected as carrying the version")
        {
            force,
        };
        command.SetAction(parse =>
        {
            var project = ProjectDirectory.Open(context, GlobalOptions.DirectoryOf(parse));
            var repository = project.Repository ?? Repository.Require(project.Root, context.Environment);
            if (repository.IsBare)
            {
                throw new StewardException(FailureKind.InvalidInput, $"{repository.Root} is a bare repository; run Steward in a work tree");
            }

            var path = Path.Combine(project.Root, ConfigLoader.FileName);
            if (File.Exists(path) && !parse.GetValue(force))
            {
                throw new StewardException(FailureKind.InvalidInput, $"{ConfigLoader.FileName}: already exists; edit it, or pass --force to replace it");
            }

            // Detection only: the file being written replaces whatever configuration there was.
            var targets = TargetFinder.Find(project.Root, repository.Git, ComponentResolver.Single(new StewardConfig()));
            var text = InitFileRenderer.Render(targets.Files);
            AtomicFileWriter.WriteAll(project.Root, [new FileEdit(ConfigLoader.FileName, new UTF8Encoding(false).GetBytes(text))]);
            var count = targets.Files.Sum(f => f.Slots.Count);
            context.Out.WriteLine($"wrote {ConfigLoader.FileName} ({count} detected {(count == 1 ? "target" : "targets")} in {targets.Files.Count} {(targets.Files.Count == 1 ? "file" : "files")})");
            return ExitCodes.Success;
        });
        return command;
    }
}

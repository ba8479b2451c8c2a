using System.CommandLine;
using System.Text;
using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Core.Planning;
using Steward.Engine;
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
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the step (write steward.yml) and the file's diff, and change nothing" };
        var json = new Option<bool>("--json") { Description = "Print the steps as one JSON document (with --dry-run: those that would run)" };
        var recovery = new PlanRecoveryOptions("init");
        var command = new Command("init", "Write a commented steward.yml that lists the files Steward detected as carrying the version")
        {
            force,
            dryRun,
            json,
        };
        recovery.AddTo(command);
        command.SetAction(parse =>
        {
            var project = ProjectDirectory.Open(context, GlobalOptions.DirectoryOf(parse));
            var repository = project.Repository ?? Repository.Require(project.Root, context.Environment);
            if (repository.IsBare)
            {
                throw Messages.BareRepositoryNeedsWorkTree(repository.Root);
            }

            if (recovery.Handle(parse, context, () => (project.Root, repository.Git)) is { } recovered)
            {
                return recovered;
            }

            PlanRun.RefuseIfInterrupted(repository.Git);

            var path = Path.Combine(project.Root, ConfigLoader.FileName);
            if (File.Exists(path) && !parse.GetValue(force))
            {
                throw Messages.ConfigAlreadyExists(ConfigLoader.FileName);
            }

            RepositoryGuards.RefuseUnwritable(project.Root, ConfigLoader.FileName, ConfigLoader.FileName);

            // Detection only: the file being written replaces whatever configuration there was.
            var targets = TargetFinder.Find(project.Root, repository.Git, ComponentResolver.Single(new StewardConfig()));
            var text = InitFileRenderer.Render(targets.Files);
            var old = File.Exists(path) ? File.ReadAllText(path) : null;
            var plan = new ExecutionPlan("init", [new FileWriteStep(ConfigLoader.FileName, old, text, new UTF8Encoding(false).GetBytes(text))]);
            if (parse.GetValue(dryRun))
            {
                PlanRun.PrintDryRun(context, plan, parse.GetValue(json));
                return ExitCodes.Success;
            }

            PlanRun.Apply(context, project.Root, repository.Git, plan, ConfigLoader.FileName);
            if (parse.GetValue(json))
            {
                PlanRun.WriteJson(context.Out, plan, dryRun: false);
                return ExitCodes.Success;
            }

            var count = targets.Files.Sum(f => f.Slots.Count);
            context.Out.WriteLine($"wrote {ConfigLoader.FileName} ({count} detected {(count == 1 ? "target" : "targets")} in {targets.Files.Count} {(targets.Files.Count == 1 ? "file" : "files")})");
            return ExitCodes.Success;
        });
        return command;
    }
}

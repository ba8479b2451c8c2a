using System.CommandLine;
using System.Text;
using Steward.Artifacts;
using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Artifacts.Images;
using Steward.Core.Ci;
using Steward.Core.Components;
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
        var force = new Option<bool>("--force") { Description = "Replace an existing steward.yml (with --ci: the CI file)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the step (write steward.yml) and the file's diff, and change nothing" };
        var json = new Option<bool>("--json") { Description = "Print the steps as one JSON document (with --dry-run: those that would run)" };
        var ci = new Option<string?>("--ci")
        {
            Description = "Write CI workflows for this repository's process instead (release on pushes to release.branches, lint and freeze check on pull requests; see docs/ci.md)",
            HelpName = "github|gitlab|gitea",
        }.AcceptOnlyFromAmong(CiWorkflows.Forges);
        var publish = new Option<bool>("--publish")
        {
            Description = "With --ci: after each release, build its artifacts and publish it on the forge (steward artifacts, steward publish), and publish release tags people push",
        };
        var pullRequests = new Option<bool>("--pr")
        {
            Description = "With --ci: pushes to the release branches open or update a release pull request (steward pr), and its merge is released",
        };
        var recovery = new PlanRecoveryOptions("init");
        var command = new Command("init", "Write a commented steward.yml that lists the files Steward detected as carrying the version")
        {
            force,
            dryRun,
            json,
            ci,
            publish,
            pullRequests,
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
            if (parse.GetValue(ci) is { } forge)
            {
                return WriteCi(context, project.Root, repository.Git, forge, parse.GetValue(publish), parse.GetValue(pullRequests), parse.GetValue(force), parse.GetValue(dryRun), parse.GetValue(json));
            }

            if (parse.GetValue(publish))
            {
                throw Messages.PublishWithoutCi();
            }

            if (parse.GetValue(pullRequests))
            {
                throw Messages.PullRequestsWithoutCi();
            }

            var path = Path.Combine(project.Root, ConfigLoader.FileName);
            if (File.Exists(path) && !parse.GetValue(force))
            {
                throw Messages.ConfigAlreadyExists(ConfigLoader.FileName);
            }

            RepositoryGuards.RefuseUnwritable(project.Root, ConfigLoader.FileName, ConfigLoader.FileName);

            // Detection only: the file being written replaces whatever configuration there was.
            var targets = TargetFinder.Find(project.Root, repository.Git, ComponentResolver.Single(new StewardConfig()));
            var proposals = ComponentProposals.From(TrackedFiles.List(repository.Git).Where(f => !f.IsSymbolicLink).Select(f => f.Path));
            var text = InitFileRenderer.Render(targets.Files, proposals);
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

    /// <summary>The registries of the declared images (checked as steward images checks them); none when none are declared.</summary>
    private static string[] ImageRegistries(string root, ArtifactsConfig artifacts) =>
        File.Exists(SafePath.ForReading(root, ImagesFileReader.FileName)) || artifacts.Images.Length > 0
            ? Registries(ImageSource.Load(root, artifacts))
            : [];

    private static string[] Registries(IReadOnlyList<ImageSpec> images) => [.. images.Select(i => CiWorkflows.RegistryOf(i.Name)).Distinct(StringComparer.Ordinal)];

    /// <summary>--ci: the workflow files of <paramref name="forge"/>, written through the engine like steward.yml.</summary>
    private static int WriteCi(CommandContext context, string root, GitRunner git, string forge, bool publish, bool pullRequests, bool force, bool dryRun, bool json)
    {
        var config = ConfigLoader.Load(root);
        var version = ToolVersion.Current.Split('+')[0];
        var monorepo = ComponentResolver.HasComponents(config);
        var process = new CiProcess(config.Release.Branches, config.TagPrefix, version)
        {
            Announce = config.Announce.Count > 0,
            Publish = publish,
            PullRequests = pullRequests,
            Dispatch = config.Pr.Dispatch is not null,
            ImageRegistries = monorepo ? [] : ImageRegistries(root, config.Artifacts),
            Components = monorepo
                ? [.. ComponentResolver.Resolve(config).Select(c => new CiComponent(c.Name, c.TagPrefix, Registries(ImageSource.LoadFor(root, c))))]
                : [],
        };
        var files = CiWorkflows.For(forge, process);
        var steps = new List<PlanStep>();
        foreach (var (path, text) in files)
        {
            var full = SafePath.ForWriting(root, path);
            if (File.Exists(full) && !force)
            {
                throw Messages.CiFileExists(path);
            }

            RepositoryGuards.RefuseUnwritable(root, path, path);
            steps.Add(new FileWriteStep(path, File.Exists(full) ? File.ReadAllText(full) : null, text, new UTF8Encoding(false).GetBytes(text)));
        }

        var plan = new ExecutionPlan("init", steps);
        if (dryRun)
        {
            PlanRun.PrintDryRun(context, plan, json);
            return ExitCodes.Success;
        }

        foreach (var (path, _) in files)
        {
            // The folders the files go in (.github/workflows); git tracks no folder, so one left empty by a failure is harmless.
            Directory.CreateDirectory(Path.GetDirectoryName(SafePath.ForWriting(root, path))!);
        }

        PlanRun.Apply(context, root, git, plan, files[0].Path);
        if (json)
        {
            PlanRun.WriteJson(context.Out, plan, dryRun: false);
            return ExitCodes.Success;
        }

        foreach (var (path, _) in files)
        {
            context.Out.WriteLine($"wrote {path} (Steward {version}, release on pushes to {string.Join(", ", config.Release.Branches)})");
        }

        return ExitCodes.Success;
    }
}

using System.CommandLine;
using Steward.Artifacts;
using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Errors;
using Steward.Core.Planning;
using Steward.Engine;
using Steward.Workspace;

namespace Steward.Commands;

/// <summary><c>steward artifacts</c>: builds the release's archives, charts, SBOM, provenance, checksums and signatures.</summary>
internal static class ArtifactsCommand
{
    public static Command Create(CommandContext context)
    {
        var version = new Option<string?>("--version")
        {
            Description = "Release to build (X.Y.Z or its tag); default: the release tag at HEAD",
            HelpName = "V",
        };
        var output = new Option<string>("--out")
        {
            Description = "Directory to write the artifacts to (created if missing; files of the same name are replaced)",
            DefaultValueFactory = _ => "dist",
            HelpName = "DIR",
        };
        var json = new Option<bool>("--json") { Description = "Print the release and every file written (name, path, size, SHA-256) as one JSON document" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the files it would write (path, size, SHA-256; with --json as 'steps') and write nothing" };
        var components = new Option<string[]>("--component")
        {
            Description = "In a monorepo: only this component's release (repeatable), into OUT/NAME/; by default every component whose release tag is at HEAD",
            HelpName = "NAME",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var recovery = new PlanRecoveryOptions(ArtifactsPlanner.Verb);
        var command = new Command("artifacts",
            "Build a release's artifacts from its tag: NAME-vX.Y.Z.tar.gz and .zip (reproducible, export-ignore honoured), "
            + "packaged Helm charts, a CycloneDX 1.6 SBOM from the lock files, SLSA provenance, SHA256SUMS and, with a signer configured, signatures")
        {
            version,
            output,
            json,
            dryRun,
            components,
        };
        recovery.AddTo(command);
        command.SetAction(parse =>
        {
            var project = ProjectDirectory.Open(context, GlobalOptions.DirectoryOf(parse));
            var repository = project.Repository
                ?? throw Messages.NotInRepository(project.Root);
            var config = ConfigLoader.Load(project.Root);

            // Relative to where the command runs, which -C moves ("run as if started in DIR").
            var directoryOption = GlobalOptions.DirectoryOf(parse);
            var startDirectory = directoryOption is null ? context.WorkingDirectory : context.ResolvePath(directoryOption);

            // --continue builds the interrupted run's release again, into its directory, and writes only what it planned.
            ExecutionPlan Replan(EngineJournal journal) => ComponentResolver.HasComponents(config)
                ? MonorepoArtifacts.Replan(context, project.Root, repository, config, journal)
                : ArtifactsPlanner.Plan(context, project.Root, repository, config.Artifacts,
                    ReleaseTagResolver.Resolve(repository.Git, config.TagPrefix, journal.Subject ?? journal.Version),
                    () => Path.GetDirectoryName(journal.Steps.First(s => s.Kind == "artifact").Path!)!);
            if (recovery.Handle(parse, context, () => (repository.Root, repository.Git), Replan) is { } recovered)
            {
                return recovered;
            }

            PlanRun.RefuseIfInterrupted(repository.Git);
            var only = parse.GetValue(components) ?? [];
            var selected = ComponentResolver.Select(config, only);
            if (ComponentResolver.HasComponents(config))
            {
                return MonorepoArtifacts.Run(context, project.Root, repository, selected, only.Length > 0, parse.GetValue(version),
                    () => ArtifactsPlanner.ResolveOut(project.Root, parse.GetValue(output)!, startDirectory), parse.GetValue(dryRun), parse.GetValue(json));
            }

            var tag = ReleaseTagResolver.Resolve(repository.Git, config.TagPrefix, parse.GetValue(version));
            var plan = ArtifactsPlanner.Plan(context, project.Root, repository, config.Artifacts, tag,
                () => ArtifactsPlanner.ResolveOut(project.Root, parse.GetValue(output)!, startDirectory));
            if (parse.GetValue(dryRun))
            {
                PlanRun.PrintDryRun(context, plan, parse.GetValue(json));
                return ExitCodes.Success;
            }

            PlanRun.Apply(context, repository.Root, repository.Git, plan, tag.Name);
            var artifacts = plan.Steps.OfType<ArtifactStep>().ToList();
            if (parse.GetValue(json))
            {
                var files = artifacts.Select(a => new ArtifactOutput(Path.GetFileName(a.FullPath), a.ShownPath, a.Size, a.Sha256)).ToList();
                var outDirectory = Path.GetDirectoryName(artifacts[0].FullPath)!;
                OutputJson.Write(context.Out, new ArtifactsOutput(tag.Name, tag.Version.ToString(), Path.GetRelativePath(context.WorkingDirectory, outDirectory), files),
                    OutputJson.Default.ArtifactsOutput);
                return ExitCodes.Success;
            }

            foreach (var artifact in artifacts)
            {
                context.Out.WriteLine(artifact.ShownPath);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}

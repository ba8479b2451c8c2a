using System.CommandLine;
using Steward.Artifacts;
using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Errors;
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
        var command = new Command("artifacts",
            "Build a release's artifacts from its tag: NAME-vX.Y.Z.tar.gz and .zip (reproducible, export-ignore honoured), "
            + "packaged Helm charts, a CycloneDX 1.6 SBOM from the lock files, SLSA provenance, SHA256SUMS and, with a signer configured, signatures")
        {
            version,
            output,
            json,
        };
        command.SetAction(parse =>
        {
            var project = ProjectDirectory.Open(context, GlobalOptions.DirectoryOf(parse));
            var repository = project.Repository
                ?? throw Messages.NotInRepository(project.Root);
            var config = ConfigLoader.Load(project.Root);
            var tag = ReleaseTagResolver.Resolve(repository.Git, config.TagPrefix, parse.GetValue(version));
            var name = ArtifactBuilder.ArchiveName(config.Artifacts, repository.Root);
            var build = BuildEnvironment.Read(context.GetEnvironment);
            var artifacts = ArtifactBuilder.Build(repository, context.Environment, config.Artifacts, tag, name, build).ToList();
            if (config.Artifacts.Signer is { } signer)
            {
                artifacts.AddRange(ReleaseSigner.Sign(signer, artifacts, project.Root, context.Environment));
            }

            // Relative to where the command runs, which -C moves ("run as if started in DIR").
            var directoryOption = GlobalOptions.DirectoryOf(parse);
            var startDirectory = directoryOption is null ? context.WorkingDirectory : context.ResolvePath(directoryOption);
            // Typed on the command line, --out may name a directory outside the repository; inside it (the default
            // 'dist' included), never through a committed symbolic link, and never into .git.
            var outDirectory = SafePath.Resolve(project.Root, parse.GetValue(output)!, "--out", PathUse.Write, PathSource.CommandLine, startDirectory);
            if (File.Exists(outDirectory))
            {
                throw Messages.OutDirectoryIsFile(outDirectory);
            }

            Directory.CreateDirectory(outDirectory);
            AtomicFileWriter.WriteAll(outDirectory, [.. artifacts.Select(a => new FileEdit(a.FileName, a.Content))]);
            if (parse.GetValue(json))
            {
                var files = artifacts.Select(a => new ArtifactOutput(
                    a.FileName,
                    Path.GetRelativePath(context.WorkingDirectory, Path.Combine(outDirectory, a.FileName)),
                    a.Content.LongLength,
                    Core.Artifacts.ArtifactDigest.Of(a.FileName, a.Content).Sha256)).ToList();
                OutputJson.Write(context.Out, new ArtifactsOutput(tag.Name, tag.Version.ToString(), Path.GetRelativePath(context.WorkingDirectory, outDirectory), files),
                    OutputJson.Default.ArtifactsOutput);
                return ExitCodes.Success;
            }

            foreach (var artifact in artifacts)
            {
                context.Out.WriteLine(Path.GetRelativePath(context.WorkingDirectory, Path.Combine(outDirectory, artifact.FileName)));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}

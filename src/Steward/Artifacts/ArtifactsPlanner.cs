using Steward.Cli;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Core.Planning;
using Steward.Git;
using Steward.Workspace;

namespace Steward.Artifacts;

/// <summary>
/// Plans <c>steward artifacts</c>: builds every artifact in memory (and signs them), then one artifact step per file in
/// the output directory, in the order they are printed. Nothing is written while planning: a failure (a malformed lock
/// file, a signer that fails, a symbolic link where an artifact goes) leaves the output directory as it was.
/// </summary>
internal static class ArtifactsPlanner
{
    public const string Verb = "artifacts";

    /// <param name="outDirectory">The output directory, resolved and checked (<see cref="ResolveOut"/>).</param>
    public static ExecutionPlan Plan(CommandContext context, string projectRoot, Repository repository, ArtifactsConfig config, ReleaseTag tag, Func<string> outDirectory)
    {
        var name = ArtifactBuilder.ArchiveName(config, repository.Root);
        var build = BuildEnvironment.Read(context.GetEnvironment);
        var artifacts = ArtifactBuilder.Build(repository, context.Environment, config, tag, name, build).ToList();
        if (config.Signer is { } signer)
        {
            artifacts.AddRange(ReleaseSigner.Sign(signer, artifacts, projectRoot, context.Environment));
        }

        var directory = outDirectory();
        var steps = new List<PlanStep>();
        foreach (var artifact in artifacts)
        {
            // Refuses a symbolic link where an artifact goes before anything is written, never writing through it.
            var full = SafePath.ForWriting(directory, artifact.FileName);
            steps.Add(ArtifactStep.Of(full, Path.GetRelativePath(context.WorkingDirectory, full), artifact.Content));
        }

        return new ExecutionPlan(Verb, steps) { Subject = tag.Name };
    }

    /// <summary>
    /// The output directory: typed on the command line, <c>--out</c> may name a directory outside the repository;
    /// inside it (the default 'dist' included), never through a committed symbolic link, and never into .git.
    /// </summary>
    /// <param name="startDirectory">Where the command runs, which -C moves ("run as if started in DIR").</param>
    public static string ResolveOut(string projectRoot, string path, string startDirectory)
    {
        var outDirectory = SafePath.Resolve(projectRoot, path, "--out", PathUse.Write, PathSource.CommandLine, startDirectory);
        return File.Exists(outDirectory) ? throw Messages.OutDirectoryIsFile(outDirectory) : outDirectory;
    }
}

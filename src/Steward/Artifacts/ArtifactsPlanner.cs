using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Components;
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
    /// <param name="belongs">For a component of a monorepo: whether a file is its own (<see cref="ArtifactBuilder.Build"/>).</param>
    public static ExecutionPlan Plan(CommandContext context, string projectRoot, Repository repository, ArtifactsConfig config, ReleaseTag tag, Func<string> outDirectory,
        Func<string, bool>? belongs = null)
    {
        var name = ArtifactBuilder.ArchiveName(config, repository.Root);
        var build = BuildEnvironment.Read(context.GetEnvironment);
        var artifacts = ArtifactBuilder.Build(repository, context.Environment, config, tag, name, build, belongs).ToList();
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
    /// Plans the artifacts of several components' releases in one plan (one journal, one undo): each component's files
    /// built from its own tag, holding only its own files, named after it and written into <c>OUT/NAME/</c>, so no two
    /// components' SHA256SUMS or archives meet. The plan's subject lists the tags, for <c>--continue</c>.
    /// </summary>
    public static ExecutionPlan PlanComponents(CommandContext context, string projectRoot, Repository repository, IReadOnlyList<(Component Component, ReleaseTag Tag)> releases,
        Func<string> outDirectory)
    {
        ArgumentNullException.ThrowIfNull(releases);
        var directory = outDirectory();
        var steps = new List<PlanStep>();
        foreach (var (component, tag) in releases)
        {
            var files = new ComponentFiles([component]);
            bool Belongs(string path)
            {
                var owner = new bool[1];
                files.Mark(path, owner);
                return owner[0];
            }

            var plan = Plan(context, projectRoot, repository, component.Artifacts, tag, () => SafePath.ForWriting(directory, component.Name), Belongs);
            steps.AddRange(plan.Steps);
        }

        return new ExecutionPlan(Verb, steps) { Subject = string.Join(' ', releases.Select(r => r.Tag.Name)) };
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

using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Components;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Core.Versioning;
using Steward.Git;
using Steward.Workspace;

namespace Steward.Propagation;

/// <summary>What propagate and check both start from: the work tree, steward.yml, the component, its VERSION and every target.</summary>
internal sealed record PropagationContext(string Root, Repository Repository, Component Component, VersionFile VersionFile, StewardConfig Config, TargetSet Targets)
{
    /// <summary>The context of a repository's one component; a monorepo is refused (the caller works on one).</summary>
    public static PropagationContext Open(CommandContext context, string? directory)
    {
        var all = OpenAll(context, directory, []);
        return all.Count == 1 && !all[0].IsMonorepo ? all[0] : throw Messages.VerbNeedsOneComponent(all.Count);
    }

    /// <summary>
    /// One context per component --component names (every component without it); a repository without a components
    /// key is one. Every VERSION and target is read and scanned before the verb does anything.
    /// </summary>
    public static IReadOnlyList<PropagationContext> OpenAll(CommandContext context, string? directory, IReadOnlyList<string> only)
    {
        var project = ProjectDirectory.Open(context, directory);
        var repository = project.Repository ?? Repository.Require(project.Root, context.Environment);
        if (repository.IsBare)
        {
            throw Messages.BareRepositoryNeedsWorkTree(repository.Root);
        }

        var config = ConfigLoader.Load(project.Root);
        return
        [
            .. ComponentResolver.Select(config, only).Select(component =>
                new PropagationContext(project.Root, repository, component, project.ReadVersionFile(component), config, TargetFinder.Find(project.Root, repository.Git, component))),
        ];
    }

    /// <summary>Whether the repository has a components key (the verbs then say which component each line is about).</summary>
    public bool IsMonorepo => ComponentResolver.HasComponents(Config);

    /// <summary>VERSION as written (SemVer or PEP 440); each target converts it to its own scheme.</summary>
    public ParsedVersion Version => VersionFile.Version;

    /// <summary>VERSION as SemVer, for the tag; a PEP 440 VERSION without a SemVer image is an error naming VERSION.</summary>
    public SemanticVersion SemVer()
    {
        try
        {
            return Version.ToSemVer();
        }
        catch (StewardException e)
        {
            throw Messages.VersionFileInvalid(Component.VersionFile, VersionFile.Line, e.Message, e);
        }
    }
}

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
    public static PropagationContext Open(CommandContext context, string? directory)
    {
        var project = ProjectDirectory.Open(context, directory);
        var repository = project.Repository ?? Repository.Require(project.Root, context.Environment);
        if (repository.IsBare)
        {
            throw Messages.BareRepositoryNeedsWorkTree(repository.Root);
        }

        var config = ConfigLoader.Load(project.Root);
        var component = ComponentResolver.Single(config);
        var versionFile = project.ReadVersionFile(component);
        return new PropagationContext(project.Root, repository, component, versionFile, config, TargetFinder.Find(project.Root, repository.Git, component));
    }

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

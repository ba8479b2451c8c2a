using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Core.Versioning;
using Steward.Git;
using Steward.Workspace;

namespace Steward.Propagation;

/// <summary>What propagate and check both start from: the work tree, VERSION as SemVer, steward.yml and every target.</summary>
internal sealed record PropagationContext(string Root, Repository Repository, VersionFile VersionFile, SemanticVersion Version, StewardConfig Config, TargetSet Targets)
{
    public static PropagationContext Open(CommandContext context, string? directory)
    {
        var project = ProjectDirectory.Open(context, directory);
        var repository = project.Repository ?? Repository.Require(project.Root, context.Environment);
        if (repository.IsBare)
        {
            throw new StewardException(FailureKind.InvalidInput, $"{repository.Root} is a bare repository; run Steward in a work tree");
        }

        var versionFile = project.ReadVersionFile();
        SemanticVersion version;
        try
        {
            version = versionFile.Version.ToSemVer();
        }
        catch (StewardException e)
        {
            throw new StewardException(FailureKind.InvalidInput, $"{VersionFile.FileName}:{versionFile.Line}: {e.Message}", e);
        }

        var config = ConfigLoader.Load(project.Root);
        return new PropagationContext(project.Root, repository, versionFile, version, config, TargetFinder.Find(project.Root, repository.Git, config));
    }
}

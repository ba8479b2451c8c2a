using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Git;
using Steward.Workspace;

namespace Steward.Flow;

/// <summary>What the branching verbs work on: the project, its repository, steward.yml and the git operations on it.</summary>
internal sealed class FlowSession
{
    private FlowSession(ProjectDirectory project, Repository repository, StewardConfig config)
    {
        Project = project;
        Repository = repository;
        Config = config;
        Branches = new BranchOperations(repository.Git);
    }

    public ProjectDirectory Project { get; }

    public Repository Repository { get; }

    public StewardConfig Config { get; }

    public FlowConfig Flow => Config.Flow;

    public BranchOperations Branches { get; }

    public GitRunner Git => Repository.Git;

    /// <summary>The same steward.yml over another work tree of the repository (a branch read where it is checked out).</summary>
    public FlowSession At(CommandContext context, string directory)
    {
        var project = ProjectDirectory.Open(context, directory);
        return new FlowSession(project, project.Repository ?? Repository, Config);
    }

    /// <summary>
    /// Opens the repository the command runs in (<paramref name="directory"/>: --directory, or null for the current
    /// one); <paramref name="needsWorkTree"/> refuses a bare repository.
    /// </summary>
    public static FlowSession Open(CommandContext context, string? directory, bool needsWorkTree)
    {
        var project = ProjectDirectory.Open(context, directory);
        var repository = project.Repository
            ?? throw Messages.NotInRepository(project.Root);
        if (needsWorkTree && repository.IsBare)
        {
            throw Messages.FlowInBareRepository(repository.Root);
        }

        return new FlowSession(project, repository, ConfigLoader.Load(project.Root));
    }
}

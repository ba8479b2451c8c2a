using System.CommandLine;
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

    /// <summary>The same project checked out elsewhere (a scratch work tree of a start point), with the same steward.yml.</summary>
    public FlowSession At(CommandContext context, string directory)
    {
        var project = ProjectDirectory.Open(context, directory);
        return new FlowSession(project, project.Repository!, Config);
    }

    /// <summary>Opens the repository the command runs in; <paramref name="needsWorkTree"/> refuses a bare repository.</summary>
    public static FlowSession Open(CommandContext context, ParseResult parse, bool needsWorkTree)
    {
        var project = ProjectDirectory.Open(context, GlobalOptions.DirectoryOf(parse));
        var repository = project.Repository
            ?? throw new StewardException(FailureKind.InvalidInput, $"{project.Root} is not inside a git repository; run Steward in one or pass --directory");
        if (needsWorkTree && repository.IsBare)
        {
            throw new StewardException(FailureKind.InvalidInput, $"{repository.Root} is a bare repository; this command changes branches and needs a work tree (clone it first)");
        }

        return new FlowSession(project, repository, ConfigLoader.Load(project.Root));
    }
}

using Steward.Git;

namespace Steward.Engine;

/// <summary>
/// What the executor and its step runners share for one repository: the git reader and writer, the journal's store,
/// the runner of external commands and where progress goes.
/// </summary>
internal sealed class EngineContext(string root, GitRunner git, ExternalCommandRunner commands, TextWriter output)
{
    private JournalStore? store;

    public string Root => root;

    public WorkTreeReader Reader { get; } = new(git);

    public WorkTreeWriter Writer { get; } = new(git);

    public BranchOperations Branches { get; } = new(git);

    public ExternalCommandRunner Commands => commands;

    public TextWriter Output => output;

    public JournalStore Store => store ??= new JournalStore(Reader);

    /// <summary>What runs forge and announce steps: the verb's (null for a verb whose plans have none).</summary>
    public IServiceSteps? Services { get; set; }

    /// <summary>Runs a planned git step; a failure is the step's failure, named by its git command.</summary>
    public void RunGit(IReadOnlyList<string> argv, string? input)
    {
        var result = Writer.Run(argv, input);
        if (!result.Succeeded)
        {
            throw Core.Errors.Messages.GitStepFailed(argv[1], result.FirstErrorLine);
        }
    }

    /// <summary>Runs a git command of recovery (undo, concluding a merge); a failure is git's own.</summary>
    public void CheckGit(IReadOnlyList<string> argv)
    {
        var result = Writer.Run(argv);
        if (!result.Succeeded)
        {
            throw GitRunner.Failure([.. argv.Skip(1)], result);
        }
    }
}

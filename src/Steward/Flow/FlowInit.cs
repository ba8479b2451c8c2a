using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Errors;
using Steward.Git;

namespace Steward.Flow;

/// <summary>
/// <c>steward flow init</c>: the flow section in steward.yml, committed on main (unless --no-commit) before develop
/// is created from main, so that every flow branch starts with the configuration that names it.
/// </summary>
internal static class FlowInit
{
    public const string CommitMessage = "chore(flow): add the flow section to steward.yml";

    public static int Run(CommandContext context, FlowSession session, bool commit)
    {
        var names = session.Flow.Branches;
        var branches = session.Branches;
        if (!branches.BranchExists(names.Main))
        {
            throw new StewardException(FailureKind.InvalidInput,
                $"branch {names.Main} does not exist; make a first commit on it, or name your main branch in steward.yml (flow.branches.main)");
        }

        branches.CheckBranchName(names.Develop, "flow.branches.develop");
        var path = Path.Combine(session.Project.Root, ConfigLoader.FileName);
        var existed = File.Exists(path);

        // The commit holds the flow section and nothing else: not a steward.yml the user is still editing (it would
        // sweep their edits in), and only on main, where develop is made from.
        var repositoryRoot = session.Repository.Root;
        var userChanges = new WorkTreeReader(session.Git).Status().Any(e => Path.GetFullPath(e.Path, repositoryRoot) == Path.GetFullPath(path));
        var onMain = branches.CurrentBranch() == names.Main;
        if (!FlowConfigFile.AddFlowSection(session.Project.Root, names))
        {
            context.Out.WriteLine("steward.yml: has a flow section already; left as it is");
        }
        else if (!commit)
        {
            context.Out.WriteLine("steward.yml: wrote the flow section (not committed: --no-commit); review and commit it");
        }
        else if (userChanges || !onMain)
        {
            context.Out.WriteLine(userChanges
                ? "steward.yml: wrote the flow section, not committed because the file had uncommitted changes of yours; review and commit it"
                : $"steward.yml: wrote the flow section, not committed because HEAD is not on {names.Main}; commit it on {names.Main}");
        }
        else
        {
            Commit(session, path, existed);
            context.Out.WriteLine($"steward.yml: wrote the flow section and committed it on {names.Main} ({CommitMessage})");
        }

        if (branches.BranchExists(names.Develop))
        {
            context.Out.WriteLine($"{names.Develop}: exists");
        }
        else
        {
            branches.CreateBranch(names.Develop, names.Main);
            context.Out.WriteLine($"{names.Develop}: created from {names.Main}");
        }

        return ExitCodes.Success;
    }

    private static void Commit(FlowSession session, string path, bool existed)
    {
        try
        {
            session.Branches.CommitOnly(CommitMessage, path);
        }
        catch (StewardException e)
        {
            // Put the file back as it was: absent (and out of the index), or as committed, which it was before.
            if (!existed)
            {
                session.Branches.Unstage(path);
                File.Delete(path);
            }
            else
            {
                session.Branches.RestoreFromHead(path);
            }

            throw new StewardException(FailureKind.OperationFailed, $"{ConfigLoader.FileName}: committing the flow section failed, so the file is as it was: {e.Message}", e);
        }
    }
}

using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Errors;
using Steward.Core.Planning;
using Steward.Engine;
using Steward.Git;

namespace Steward.Flow;

/// <summary>
/// <c>steward flow init</c>: the flow section in steward.yml, committed on main (unless --no-commit) before develop
/// is created from main, so that every flow branch starts with the configuration that names it. Planned first, then
/// applied by the one engine: <c>--dry-run</c> prints exactly these steps.
/// </summary>
internal static class FlowInit
{
    public const string CommitMessage = "chore(flow): add the flow section to steward.yml";

    public static void Run(CommandContext context, FlowSession session, bool commit, bool dryRun, bool json)
    {
        PlanRun.RefuseIfInterrupted(session.Git);
        var names = session.Flow.Branches;
        var branches = session.Branches;
        if (!branches.BranchExists(names.Main))
        {
            throw Messages.MainBranchMissing(names.Main);
        }

        branches.CheckBranchName(names.Develop, "flow.branches.develop");
        var path = Path.Combine(session.Project.Root, ConfigLoader.FileName);
        var old = File.Exists(path) ? File.ReadAllText(path) : null;
        var text = FlowConfigFile.WithFlowSection(old, names);

        // The commit holds the flow section and nothing else: not a steward.yml the user is still editing (it would
        // sweep their edits in), and only on main, where develop is made from.
        var repositoryRoot = session.Repository.Root;
        var userChanges = new WorkTreeReader(session.Git).Status().Any(e => Path.GetFullPath(e.Path, repositoryRoot) == Path.GetFullPath(path));
        var onMain = branches.CurrentBranch() == names.Main;
        var commits = text is not null && commit && !userChanges && onMain;
        var createsDevelop = !branches.BranchExists(names.Develop);
        var plan = Plan(session, path, old, text, commits, createsDevelop);
        if (dryRun)
        {
            PlanRun.PrintDryRun(context, plan, json);
            return;
        }

        try
        {
            PlanRun.Apply(context, session.Project.Root, session.Git, plan, ConfigLoader.FileName);
        }
        catch (StewardException e) when (commits)
        {
            throw Messages.FlowSectionNotCommitted(ConfigLoader.FileName, e.Message, e);
        }

        if (json)
        {
            PlanRun.WriteJson(context.Out, plan, dryRun: false);
            return;
        }

        context.Out.WriteLine(text is null ? "steward.yml: has a flow section already; left as it is"
            : !commit ? "steward.yml: wrote the flow section (not committed: --no-commit); review and commit it"
            : userChanges ? "steward.yml: wrote the flow section, not committed because the file had uncommitted changes of yours; review and commit it"
            : !onMain ? $"steward.yml: wrote the flow section, not committed because HEAD is not on {names.Main}; commit it on {names.Main}"
            : $"steward.yml: wrote the flow section and committed it on {names.Main} ({CommitMessage})");
        context.Out.WriteLine(createsDevelop ? $"{names.Develop}: created from {names.Main}" : $"{names.Develop}: exists");
    }

    private static ExecutionPlan Plan(FlowSession session, string path, string? old, string? text, bool commits, bool createsDevelop)
    {
        var names = session.Flow.Branches;
        var steps = new List<PlanStep>();
        if (text is not null)
        {
            steps.Add(new FileWriteStep(ConfigLoader.FileName, old, text, System.Text.Encoding.UTF8.GetBytes(text)));
        }

        if (commits)
        {
            // git runs at the repository's root; steward.yml is at the project's, which may be below it.
            var inRepository = Path.GetRelativePath(session.Repository.Root, path).Replace('\\', '/');
            steps.Add(new GitStep(GitStepRole.Stage, GitWrites.Add([inRepository])));
            steps.Add(new GitStep(GitStepRole.Commit, GitWrites.Commit(CommitMessage, [inRepository])));
        }

        if (createsDevelop)
        {
            steps.Add(new GitStep(GitStepRole.CreateBranch, GitWrites.CreateBranch(names.Develop, names.Main)) { Branch = names.Develop });
        }

        return new ExecutionPlan("flow init", steps) { CommitMessage = commits ? CommitMessage : null, Refs = createsDevelop ? ["refs/heads/" + names.Develop] : [] };
    }
}

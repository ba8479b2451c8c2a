using Steward.Cli;
using Steward.Core.Errors;
using Steward.Core.Planning;
using Steward.Core.Versioning;
using Steward.Engine;
using Steward.Git;

namespace Steward.Flow;

/// <summary>
/// The shared part of release and hotfix start: from a start point, decide the version, create the branch (named by
/// <c>branchName</c>, else by <c>branchOf</c> the version, else the version), commit VERSION on it. The version and
/// the files are read from the start point in a scratch checkout, then the plan (branch, files, commit) is printed
/// (<c>--dry-run</c>) or applied by the one engine, which undoes everything on a failure.
/// </summary>
internal static class FlowStart
{
    public static void Run(CommandContext context, FlowSession session, string startPoint, string prefix, string kind,
        Func<FlowSession, (SemanticVersion Version, string Why)> decide, string? branchName = null, Func<SemanticVersion, string>? branchOf = null,
        bool json = false, bool dryRun = false)
    {
        PlanRun.RefuseIfInterrupted(session.Git);
        var branches = session.Branches;
        var (version, why, files) = ScratchCheckout.Read(context, session, startPoint, scratch =>
        {
            var (version, why) = decide(scratch);
            return (version, why, Files(scratch, FlowVersioning.PlanEdits(scratch, version)));
        });
        var branch = prefix + (branchName ?? branchOf?.Invoke(version) ?? version.ToString());
        branches.CheckBranchName(branch, $"the {kind} branch");
        if (branches.BranchExists(branch))
        {
            throw Messages.BranchAlreadyExists(branch);
        }

        var message = $"chore(release): prepare {version}";
        var plan = new ExecutionPlan($"flow {kind} start", [.. BranchSteps(branch, startPoint, files, message)]) { CommitMessage = message, Refs = ["refs/heads/" + branch] };
        var committed = files.Select(e => e.RelativePath).ToList();
        var output = new FlowStartOutput(kind, branch, startPoint, version.ToString(), why, committed);
        if (dryRun)
        {
            if (json)
            {
                PlanRun.WriteJson(context.Out, plan, dryRun: true, w =>
                {
                    w.WriteString("branch", branch);
                    w.WriteString("from", startPoint);
                    w.WriteString("version", version.ToString());
                    w.WriteString("reason", why);
                });
                return;
            }

            context.Out.WriteLine($"Would create {branch} from {startPoint} for {version} ({why})");
            PlanRun.PrintDryRun(context, plan, json: false);
            return;
        }

        PlanRun.Apply(context, session.Project.Root, session.Git, plan, branch);
        if (json)
        {
            OutputJson.Write(context.Out, output, OutputJson.Default.FlowStartOutput);
            return;
        }

        context.Out.WriteLine($"Created {branch} from {startPoint} for {version} ({why})");
        context.Out.WriteLine(committed.Count > 0
            ? $"Committed {string.Join(", ", committed)} with {version}"
            : $"VERSION and every version target already say {version}");
    }

    /// <summary>The steps of a branch that starts with a version: create and switch to it, write the files, commit them.</summary>
    public static IEnumerable<PlanStep> BranchSteps(string branch, string startPoint, IReadOnlyList<FileWriteStep> files, string message)
    {
        yield return new GitStep(GitStepRole.CreateBranch, GitWrites.SwitchCreate(branch, startPoint)) { Branch = branch };
        if (files.Count == 0)
        {
            yield break;
        }

        foreach (var file in files)
        {
            yield return file;
        }

        var paths = files.Select(e => e.RelativePath).ToList();
        yield return new GitStep(GitStepRole.Stage, GitWrites.Add(paths));
        yield return new GitStep(GitStepRole.Commit, GitWrites.Commit(message, paths));
    }

    /// <summary>The version files as steps, their text before read where they are (the start point's checkout), for the diff.</summary>
    public static List<FileWriteStep> Files(FlowSession at, IReadOnlyList<Workspace.FileEdit> edits) =>
    [
        .. edits.Select(e =>
        {
            var full = Path.Combine(at.Project.Root, e.RelativePath);
            return new FileWriteStep(e.RelativePath, File.Exists(full) ? File.ReadAllText(full) : null, System.Text.Encoding.UTF8.GetString(e.NewContent), e.NewContent);
        }),
    ];
}

using Steward.Core.Planning;
using Steward.Git;

namespace Steward.Releasing;

/// <summary>
/// A release plan as the engine's steps: gates, file writes, before-commit hooks, stage and commit (only when there is
/// something to commit), the annotated tag with the notes, the atomic push, after-release hooks.
/// </summary>
internal static class ReleaseSteps
{
    public static ExecutionPlan Build(ReleasePlan plan)
    {
        var steps = new List<PlanStep>();
        steps.AddRange(plan.Gates.Select(g => new CommandStep(CommandStepPhase.Gate, g)));
        steps.AddRange(plan.Edits.Where(e => e.Changes).Select(FileWriteStep.From));
        var paths = plan.CommitPaths;
        if (paths.Count > 0)
        {
            // With nothing to commit (VERSION and CHANGELOG.md already carry the release, as after a merged release
            // pull request) the tag goes on the commit that has it: no empty commit, so no before-commit hooks either.
            steps.AddRange(plan.Hooks.BeforeCommit.Select(h => new CommandStep(CommandStepPhase.BeforeCommit, h)));
            steps.Add(new GitStep(GitStepRole.Stage, GitWrites.Add(paths)));
            steps.Add(new GitStep(GitStepRole.Commit, GitWrites.Commit(plan.CommitMessage, paths)));
        }

        steps.Add(new GitStep(GitStepRole.Tag, GitWrites.TagFromInput(plan.Tag, plan.Sign), plan.TagMessage));
        if (plan.Push)
        {
            steps.Add(new GitStep(GitStepRole.Push, GitWrites.PushAtomic(plan.Remote, plan.Branch, plan.Tag)));
        }

        steps.AddRange(plan.Hooks.AfterRelease.Select(h => new CommandStep(CommandStepPhase.AfterRelease, h)));
        return new ExecutionPlan("release", steps)
        {
            Tag = plan.Tag,
            Branch = plan.Branch,
            Remote = plan.Remote,
            CommitMessage = paths.Count > 0 ? plan.CommitMessage : null,
        };
    }
}

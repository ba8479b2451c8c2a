using Steward.Core.Planning;
using Steward.Git;

namespace Steward.Propagation;

/// <summary>
/// <c>steward propagate</c> as the engine's steps: the targets' file writes, then with --commit the stage and commit
/// (only when something is uncommitted), with --tag the annotated tag, with --push the atomic push.
/// </summary>
internal static class PropagateSteps
{
    public static ExecutionPlan Build(IReadOnlyList<FileWriteStep> files, PropagateGit git)
    {
        var steps = new List<PlanStep>(files);
        if (git.CommitPaths.Count > 0)
        {
            steps.Add(new GitStep(GitStepRole.Stage, GitWrites.Add(git.CommitPaths)));
            steps.Add(new GitStep(GitStepRole.Commit, GitWrites.Commit(git.Message, git.CommitPaths)));
        }

        if (git.Tag is not null)
        {
            steps.Add(new GitStep(GitStepRole.Tag, GitWrites.TagFromInput(git.Tag, sign: false), $"Release {git.Tag}\n"));
        }

        if (git.Remote is not null && git.Branch is not null)
        {
            steps.Add(new GitStep(GitStepRole.Push, GitWrites.PushAtomic(git.Remote, git.Branch, git.Tag)));
        }

        return new ExecutionPlan("propagate", steps)
        {
            Tag = git.Tag,
            Branch = git.Branch,
            Remote = git.Remote,
            CommitMessage = git.CommitPaths.Count > 0 ? git.Message : null,
        };
    }
}

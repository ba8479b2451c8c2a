using Steward.Core.Configuration;
using Steward.Core.Planning;
using Steward.Git;

namespace Steward.Flow;

/// <summary>
/// Builds the steps of a finish for the engine, following the branch HEAD will be on after each one, so that a switch
/// is planned only where HEAD moves and the plan lists exactly the git commands that run. Nothing is run here.
/// </summary>
internal sealed class FinishSteps(string? startBranch, string remote)
{
    private readonly List<PlanStep> steps = [];
    private readonly List<string> refs = [];
    private string? current = startBranch;

    public IReadOnlyList<PlanStep> Steps => steps;

    /// <summary>The refs the steps may create, move or delete: recorded by the engine before the first step.</summary>
    public IReadOnlyList<string> Refs => refs;

    public void Record(string fullRef)
    {
        if (!refs.Contains(fullRef, StringComparer.Ordinal))
        {
            refs.Add(fullRef);
        }
    }

    public void SwitchTo(string branch)
    {
        if (current == branch)
        {
            return;
        }

        steps.Add(new GitStep(GitStepRole.Switch, GitWrites.Switch(branch)) { Branch = branch });
        current = branch;
    }

    /// <summary>The release gates, run standing on <paramref name="branch"/> (the branch being finished).</summary>
    public void Gates(string branch, IReadOnlyList<GateConfig> gates)
    {
        if (gates.Count == 0)
        {
            return;
        }

        SwitchTo(branch);
        steps.AddRange(gates.Select(g => new CommandStep(CommandStepPhase.Gate, g)));
    }

    /// <summary>Writes <paramref name="files"/> on <paramref name="branch"/> and commits exactly them.</summary>
    public void Commit(string branch, IReadOnlyList<FileWriteStep> files, string message)
    {
        if (files.Count == 0)
        {
            return;
        }

        SwitchTo(branch);
        var paths = files.Select(f => f.RelativePath).ToList();
        steps.AddRange(files);
        steps.Add(new GitStep(GitStepRole.Stage, GitWrites.Add(paths)));
        steps.Add(new GitStep(GitStepRole.Commit, GitWrites.Commit(message, paths))
        {
            Branch = branch,
            Announce = $"Committed {string.Join(", ", paths)} on {branch}",
        });
    }

    public void Merge(string from, string into, bool noFastForward, string message)
    {
        SwitchTo(into);
        steps.Add(new GitStep(GitStepRole.Merge, GitWrites.Merge(from, noFastForward, message))
        {
            Branch = into,
            From = from,
            Announce = $"Merged {from} into {into}",
        });
    }

    /// <summary>An annotated tag (signed when release.sign says so) at HEAD, on <paramref name="on"/>, with the notes.</summary>
    public void Tag(string tag, string on, string message, bool sign)
    {
        SwitchTo(on);
        steps.Add(new GitStep(GitStepRole.Tag, GitWrites.TagFromInput(tag, sign), message) { Branch = on, Announce = $"Tagged {tag} on {on}" });
    }

    public void DeleteBranch(string branch) =>
        steps.Add(new GitStep(GitStepRole.DeleteBranch, GitWrites.DeleteRef("refs/heads/" + branch)) { Branch = branch, Announce = $"Deleted branch {branch}" });

    /// <summary>One atomic push of the branches, the tags and the deletion of the finished branch on the remote.</summary>
    public void Push(IEnumerable<string> branches, IEnumerable<string> tags, string? deleted)
    {
        var names = branches.ToList();
        var tagNames = tags.ToList();
        var refspecs = names.Select(b => $"refs/heads/{b}:refs/heads/{b}").Concat(tagNames.Select(t => $"refs/tags/{t}:refs/tags/{t}")).ToList();
        var described = names.Concat(tagNames).ToList();
        if (deleted is not null)
        {
            refspecs.Add(":refs/heads/" + deleted);
            described.Add("deletion of " + deleted);
        }

        steps.Add(new GitStep(GitStepRole.Push, GitWrites.PushRefspecs(remote, refspecs)) { Announce = $"Pushed {string.Join(", ", described)} to {remote}" });
    }
}

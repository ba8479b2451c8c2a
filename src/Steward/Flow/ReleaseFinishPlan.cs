using Steward.Core.Versioning;

namespace Steward.Flow;

/// <summary>
/// The steps shared by release and hotfix finish, as Git Flow takes them: commit the changelog entry on the branch,
/// merge the branch into main (no fast-forward), tag main with the notes, merge main back into <c>backInto</c>
/// (develop, or the open release branch), delete the branch, push everything in one atomic push, and end on
/// <c>backInto</c>.
/// </summary>
internal static class ReleaseFinishPlan
{
    /// <param name="commitMessage">The message of the changelog commit on the branch (release.commitMessage).</param>
    /// <param name="raised">VERSION and its targets when the finish releases another version than the branch has.</param>
    public static (FinishState State, IReadOnlyList<string> Recorded) Build(
        FlowSession session, string command, string branch, string tag, FinishNotes notes, string commitMessage, string? backInto, bool push, bool keep,
        IReadOnlyList<FinishFile> raised)
    {
        var main = session.Flow.Branches.Main;
        var state = new FinishState { Command = command, Branch = branch, Push = push, SyncAfter = true };
        var files = new List<FinishFile>(raised);
        if (notes.Changelog is { } changelog)
        {
            files.Add(new FinishFile(changelog.RelativePath, changelog.Bytes));
        }

        if (files.Count > 0)
        {
            // On the branch before the merge, so main gets the entry with the merge and develop through the back-merge;
            // one commit, since a resumed finish knows a commit step is done by its branch having moved.
            state.Steps.Add(new FinishStep(FinishStepKind.Commit, Into: branch, Message: commitMessage, Files: files));
        }

        state.Steps.Add(new FinishStep(FinishStepKind.Merge, Into: main, From: branch, Message: $"Merge branch '{branch}' into {main}"));
        state.Steps.Add(new FinishStep(FinishStepKind.Tag, Into: main, Tag: tag, Message: notes.Message));
        if (backInto is not null)
        {
            state.Steps.Add(new FinishStep(FinishStepKind.Merge, Into: backInto, From: main, Message: $"Merge branch '{main}' ({tag}) into {backInto}"));
        }

        if (!keep)
        {
            state.Steps.Add(new FinishStep(FinishStepKind.Switch, Into: backInto ?? main));
            state.Steps.Add(new FinishStep(FinishStepKind.DeleteBranch, Branch: branch));
        }

        if (push)
        {
            var pushed = backInto is null ? new[] { main } : [main, backInto];
            state.Steps.Add(FinishPush.Step(session, pushed, [tag], keep ? null : branch));
        }

        state.Steps.Add(new FinishStep(FinishStepKind.Switch, Into: backInto ?? main));
        var recorded = new List<string> { main, branch };
        if (backInto is not null)
        {
            recorded.Add(backInto);
        }

        return (state, recorded);
    }

    /// <summary>The tag a finish of <paramref name="version"/> makes.</summary>
    public static string TagOf(FlowSession session, SemanticVersion version) => VersionConverter.ToGitTag(version, session.Config.TagPrefix);
}

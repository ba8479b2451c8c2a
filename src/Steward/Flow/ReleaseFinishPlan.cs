using Steward.Core.Errors;
using Steward.Core.Versioning;

namespace Steward.Flow;

/// <summary>
/// The steps shared by release and hotfix finish, as Git Flow takes them: merge the branch into main (no
/// fast-forward), tag main with the notes, merge main back into <c>backInto</c> (develop, or the open release branch),
/// delete the branch, push everything in one atomic push, and end on <c>backInto</c>.
/// </summary>
internal static class ReleaseFinishPlan
{
    public static (FinishState State, IReadOnlyList<string> Recorded) Build(
        Cli.CommandContext context, FlowSession session, string command, string branch, SemanticVersion version, string? backInto, bool push, bool keep)
    {
        var main = session.Flow.Branches.Main;
        var tag = VersionConverter.ToGitTag(version, session.Config.TagPrefix);
        if (session.Branches.TagExists(tag))
        {
            throw new StewardException(FailureKind.OperationFailed, $"tag {tag} already exists; {version} was released before; set another version in VERSION on {branch}");
        }

        var state = new FinishState { Command = command, Branch = branch, Push = push, SyncAfter = true };
        state.Steps.Add(new FinishStep(FinishStepKind.Merge, Into: main, From: branch, Message: $"Merge branch '{branch}' into {main}"));
        state.Steps.Add(new FinishStep(FinishStepKind.Tag, Into: main, Tag: tag, Message: FinishNotes.For(context, session, branch, version)));
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
}

using Steward.Core.Errors;
using Steward.Core.Planning;

namespace Steward.Engine.Steps;

/// <summary>
/// The push, the point of no return, and the remote's own answer about it: git's exit code alone cannot say whether a
/// push that failed half-way (a dropped connection, a kill) reached the remote. Nothing is undone for a push: once the
/// remote has the release, the executor undoes nothing at all.
/// </summary>
internal sealed class PushStepRunner(EngineContext context) : StepRunner(context)
{
    public override bool Runs(PlanStep step) => step is GitStep { Role: GitStepRole.Push or GitStepRole.PushTags };

    public override StepsDone Run(EngineRun run, IReadOnlyList<PlanStep> steps, int index)
    {
        var step = (GitStep)steps[index];
        if (step.Role == GitStepRole.PushTags)
        {
            // After the point of no return: a failure keeps the journal, and --continue pushes this batch again.
            var result = Context.Writer.Run(step.Argv, step.Input);
            if (!result.Succeeded)
            {
                throw Messages.TagBatchPushFailed(run.Journal.Remote, [.. step.Argv.SkipWhile(a => a != "--").Skip(2).Select(r => r["refs/tags/".Length..])], result.FirstErrorLine);
            }

            return new StepsDone(index + 1, "push tags", step.Announce);
        }

        Push(run.Journal, step);
        return new StepsDone(index + 1, "push", step.Announce);
    }

    /// <summary>
    /// For --abort: whether the remote has the release. When git said the push failed and the remote still cannot be
    /// asked, git's word stands (nothing arrived), so an unreachable remote never makes an abort impossible.
    /// </summary>
    public bool RemoteHasUnlessPushFailed(EngineJournal journal)
    {
        try
        {
            return RemoteHas(journal, askingFor: "abort");
        }
        catch (StewardException) when (journal.PushFailed)
        {
            Context.Output.WriteLine($"'{journal.Remote}' cannot be asked; git said the push failed, so it is taken as not arrived");
            return false;
        }
    }

    /// <summary>The push; the remote having the tag at our commit (or every ref as sent) is the release.</summary>
    private void Push(EngineJournal journal, GitStep step)
    {
        var reader = Context.Reader;
        if (journal.AcrossBranches() && journal.PushedRefs.Count == 0)
        {
            // What the remote must name at each ref once the push arrived, taken from the local refs just before it.
            foreach (var refspec in step.Argv.SkipWhile(a => a != "--").Skip(2))
            {
                var colon = refspec.IndexOf(':', StringComparison.Ordinal);
                journal.PushedRefs[refspec[(colon + 1)..]] = colon == 0 ? null : Context.Branches.RefTarget(refspec[..colon]);
            }
        }

        journal.ReleaseCommit ??= reader.HeadSha();
        if (journal.PushStarted && AskBeforePushingAgain(journal))
        {
            journal.Pushed = true;
            return;
        }

        journal.PushStarted = true;
        journal.PushFailed = false;
        Context.Store.Save(journal);
        var result = Context.Writer.Run(step.Argv, step.Input);
        var lostRace = result.Succeeded && journal.Tag is not null && !CreatedTag(result.Output, journal.Tag);
        if (lostRace)
        {
            throw Messages.PushLostRace(journal.Remote, journal.Tag!, journal.Verb);
        }

        bool remoteHas;
        try
        {
            remoteHas = RemoteHas(journal, askingFor: "continue");
        }
        catch (StewardException) when (!result.Succeeded)
        {
            // Neither the push nor the question got through: keep the journal, since only the remote can tell.
            journal.PushFailed = true;
            Context.Store.Save(journal);
            throw new UndecidedPushException(Messages.PushUndecided(journal.Remote, result.FirstErrorLine, journal.Verb));
        }

        if (remoteHas)
        {
            journal.Pushed = true;
            if (!result.Succeeded)
            {
                Context.Output.WriteLine($"warning: git push reported a failure ({result.FirstErrorLine}), but '{journal.Remote}' has {journal.Name()} at the release commit: released");
            }

            return;
        }

        var why = result.Succeeded ? $"the remote does not show {journal.Name()} at the release commit after the push" : result.FirstErrorLine;
        if (journal.PushRejected is not null)
        {
            throw Messages.PushRejectedAsPlanned(journal.PushRejected, why);
        }

        throw Messages.PushRejected(journal.Remote, why, journal.Tag, journal.Verb);
    }

    /// <summary>For --continue: whether the push a killed run began arrived; a remote that cannot be asked undoes nothing.</summary>
    private bool AskBeforePushingAgain(EngineJournal journal)
    {
        try
        {
            return RemoteHas(journal, askingFor: "continue");
        }
        catch (StewardException e)
        {
            throw new UndecidedPushException(e.Message, e);
        }
    }

    /// <summary>Whether the remote has what the push sends: the tag (peeled) at the release commit, else the branch there.</summary>
    private bool RemoteHas(EngineJournal journal, string askingFor)
    {
        if (journal.AcrossBranches() && journal.Remote is not null && journal.PushedRefs.Count > 0)
        {
            try
            {
                var remote = Context.Branches.RemoteRefs(journal.Remote, [.. journal.PushedRefs.Keys]);
                return journal.PushedRefs.All(p => remote.GetValueOrDefault(p.Key) == p.Value);
            }
            catch (StewardException e)
            {
                throw Messages.RemoteCannotBeAsked(journal.Remote, journal.Name(), e.Message, journal.Verb, askingFor, e);
            }
        }

        if (journal.Remote is null || journal.Branch is null || journal.ReleaseCommit is null)
        {
            return false;
        }

        try
        {
            return journal.Tag is not null
                ? Context.Reader.RemoteRefs(journal.Remote, journal.Branch, journal.Tag).Tag == journal.ReleaseCommit
                : Context.Reader.RemoteBranch(journal.Remote, journal.Branch) == journal.ReleaseCommit;
        }
        catch (StewardException e)
        {
            throw Messages.RemoteCannotBeAsked(journal.Remote, journal.Name(), e.Message, journal.Verb, askingFor, e);
        }
    }

    private static bool CreatedTag(string porcelain, string tag)
    {
        // Porcelain lines: FLAG TAB FROM:TO TAB SUMMARY; '*' is a new ref, '=' one the remote already had.
        var line = porcelain.Split('\n').FirstOrDefault(l => l.Contains($":refs/tags/{tag}\t", StringComparison.Ordinal));
        return line is not null && line.StartsWith('*');
    }
}

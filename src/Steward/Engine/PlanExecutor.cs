using Steward.Core.Errors;
using Steward.Core.Planning;
using Steward.Git;
using Steward.Workspace;

namespace Steward.Engine;

/// <summary>
/// The one executor: applies a plan's steps in order with one journal. Before the push a failure (or <c>--abort</c>
/// after a kill) puts files, index, HEAD and tags back; the push is the point of no return, decided by asking the
/// remote, after which nothing is undone and <c>--continue</c> finishes the remaining steps.
/// </summary>
internal sealed class PlanExecutor(string root, GitRunner git, ExternalCommandRunner commands, TextWriter output)
{
    private readonly WorkTreeReader reader = new(git);
    private readonly WorkTreeWriter writer = new(git);
    private readonly BranchOperations branches = new(git);
    private JournalStore? store;

    /// <summary>A test seam: called after each finished step with its name (journal, files, hooks, stage, commit, tag, push).</summary>
    public Action<string>? AfterStep { get; init; }

    /// <summary>A test seam: false models a process killed mid-step, which runs no undo and leaves the journal behind.</summary>
    public bool UndoOnFailure { get; init; } = true;

    /// <summary>Whether --continue first says which step it continues from (the flow verbs print each step instead).</summary>
    public bool AnnounceContinue { get; init; } = true;

    public JournalStore Store => store ??= new JournalStore(reader);

    /// <summary>Applies a new plan: its gates first (they change nothing), then every other step under the journal.</summary>
    public ExecutionResult Apply(ExecutionPlan plan, string version, IReadOnlyDictionary<string, string> hookEnvironment)
    {
        Store.RefuseIfInterrupted();
        RepositoryGuards.RefuseIndexLock(reader);
        var steps = plan.Steps.ToList();
        foreach (var create in plan.Git.Where(s => s.Role == GitStepRole.CreateBranch))
        {
            // Undo deletes a created branch through the refs the journal records: one that is not declared would stay.
            if (!plan.Refs.Contains("refs/heads/" + create.Branch, StringComparer.Ordinal))
            {
                throw new InvalidOperationException($"the plan creates {create.Branch} without declaring refs/heads/{create.Branch} in its refs");
            }
        }

        var gates = steps.TakeWhile(s => s is CommandStep { Phase: CommandStepPhase.Gate }).Cast<CommandStep>().ToList();
        foreach (var gate in gates)
        {
            RunGate(gate);
        }

        var journal = new EngineJournal
        {
            Verb = plan.Verb,
            Version = version,
            Tag = plan.Tag,
            Branch = plan.Branch,
            Remote = plan.Remote,
            OriginalHead = reader.HeadSha(),
            // A plan across branches is undone ref by ref; sync runs in a bare repository too, which has no index.
            OriginalIndexTree = AcrossBranches(plan.Refs, JournalSteps(plan)) ? string.Empty : reader.WriteIndexTree(),
            CommitMessage = plan.CommitMessage ?? string.Empty,
            Steps = steps.Skip(gates.Count).Select(JournalStep.From).ToList(),
            HookEnvironment = new Dictionary<string, string>(hookEnvironment, StringComparer.Ordinal),
            Subject = plan.Subject,
            PushRejected = plan.PushRejected,
            StartBranch = reader.CurrentBranch(),
        };
        foreach (var name in plan.Refs)
        {
            journal.OriginalRefs[name] = branches.RefTarget(name);
        }

        foreach (var file in plan.Files)
        {
            var full = SafePath.ForWriting(root, file.RelativePath);
            journal.OriginalFiles[file.RelativePath] = File.Exists(full) ? Convert.ToBase64String(File.ReadAllBytes(full)) : null;
        }

        RecordHooks(journal, steps);

        Store.Save(journal);
        return Run(journal, () => Step("journal"));
    }

    /// <summary>Finishes an interrupted run of <paramref name="verb"/> from the first step it had not finished.</summary>
    public ExecutionResult Continue(string verb)
    {
        var journal = Load(verb, "continue");
        if (journal.Steps.Count == 0)
        {
            throw Messages.JournalWithoutSteps(verb, Name(journal));
        }

        RepositoryGuards.RefuseIndexLock(reader);
        RemoveTempFiles(journal);
        if (AnnounceContinue)
        {
            output.WriteLine($"continuing the {verb} of {Name(journal)} from step {journal.Done + 1} of {journal.Steps.Count}");
        }

        ConcludeMerge(journal);
        return Run(journal, null);
    }

    /// <summary>
    /// Undoes an interrupted run of <paramref name="verb"/>, unless the remote already has what its push sent: then the
    /// release exists, and nothing is undone.
    /// </summary>
    public AbortOutcome Abort(string verb)
    {
        var journal = Load(verb, "abort");
        RepositoryGuards.RefuseIndexLock(reader);
        if (journal.Pushed || (journal.PushStarted && RemoteHasUnlessPushFailed(journal)))
        {
            RemoveTempFiles(journal);
            Store.Delete();
            return new AbortOutcome(journal, AlreadyReleased: true);
        }

        Undo(journal);
        return new AbortOutcome(journal, AlreadyReleased: false);
    }

    private ExecutionResult Run(EngineJournal journal, Action? afterJournal)
    {
        var steps = journal.Steps.Select(s => s.ToStep()).ToList();
        string? warning = null;
        var committed = false;
        try
        {
            afterJournal?.Invoke();
            while (journal.Done < steps.Count)
            {
                var index = journal.Done;
                var step = steps[index];
                switch (step)
                {
                    case FileWriteStep:
                        var files = steps.Skip(index).TakeWhile(s => s is FileWriteStep).Cast<FileWriteStep>().ToList();
                        foreach (var file in files)
                        {
                            // changelog.file may name a folder the branch a plan switched to does not have yet.
                            Directory.CreateDirectory(Path.GetDirectoryName(SafePath.ForWriting(root, file.RelativePath))!);
                        }

                        AtomicFileWriter.WriteAll(root, files.Select(f => new FileEdit(f.RelativePath, f.Bytes)).ToList());
                        Finish(journal, index + files.Count, "files");
                        break;
                    case CommandStep { Phase: CommandStepPhase.Gate } gate:
                        RunGate(gate);
                        Finish(journal, index + 1, "gate");
                        break;
                    case CommandStep { Phase: CommandStepPhase.BeforeCommit } hook:
                        RunBeforeCommitHook(journal, hook);
                        Finish(journal, index + 1, "hooks");
                        break;
                    case CommandStep { Phase: CommandStepPhase.AfterRelease } hook:
                        warning ??= RunAfterReleaseHook(journal, hook);
                        Finish(journal, index + 1, "after-release hook");
                        break;
                    case GitStep { Role: GitStepRole.Push } push:
                        Push(journal, push);
                        Finish(journal, index + 1, "push");
                        break;
                    case GitStep { Role: GitStepRole.Commit } commit:
                        committed = Commit(journal, commit) || committed;
                        Finish(journal, index + 1, "commit");
                        break;
                    case GitStep { Role: GitStepRole.Tag } tag:
                        Tag(journal, tag);
                        Finish(journal, index + 1, "tag");
                        break;
                    case GitStep { Role: GitStepRole.Switch } switchTo:
                        SwitchTo(switchTo);
                        Finish(journal, index + 1, "switch");
                        break;
                    case GitStep { Role: GitStepRole.Merge } merge:
                        Merge(journal, merge);
                        Finish(journal, index + 1, "merge");
                        break;
                    case GitStep { Role: GitStepRole.DeleteBranch } delete:
                        DeleteBranch(delete);
                        Finish(journal, index + 1, "delete branch");
                        break;
                    case GitStep { Role: GitStepRole.UpdateRef } update:
                        UpdateRef(update);
                        Finish(journal, index + 1, "update ref");
                        break;
                    case GitHookStep hook:
                        WriteHook(hook);
                        Finish(journal, index + 1, "git hook");
                        break;
                    case GitStep { Role: GitStepRole.CreateBranch } create:
                        CreateBranch(journal, create);
                        Finish(journal, index + 1, "create branch");
                        break;
                    case GitStep stage:
                        RunGit(WithHookFiles(stage.Argv, journal), stage.Input);
                        Finish(journal, index + 1, "stage");
                        break;
                    default:
                        throw new InvalidOperationException($"unknown step {step.Kind}");
                }

                if (step is GitStep { Announce: { } line })
                {
                    output.WriteLine(line);
                }
            }
        }
        catch (Exception e) when (UndoOnFailure && !journal.Pushed && e is not UndecidedPushException and not MergeStoppedException)
        {
            Undo(journal);
            throw;
        }
        catch (Exception e) when (journal.Pushed && e is StewardException or IOException or UnauthorizedAccessException)
        {
            // Past the point of no return the release exists: a failure is a warning, and the journal stays so that
            // --continue can run the steps that are left.
            return new ExecutionResult(journal, Committed(journal, committed),
                $"released {Name(journal)}, but {e.Message}; run 'steward {journal.Verb} --continue' to finish the steps after the push");
        }

        Store.Delete();
        return new ExecutionResult(journal, Committed(journal, committed), warning);
    }

    private static bool Committed(EngineJournal journal, bool committed) =>
        committed || (journal.ReleaseCommit is not null && journal.ReleaseCommit != journal.OriginalHead);

    private void Finish(EngineJournal journal, int done, string name)
    {
        journal.Done = done;
        Store.Save(journal);
        Step(name);
    }

    /// <summary>Runs the commit, or recognises the one a killed run made before it could record it.</summary>
    private bool Commit(EngineJournal journal, GitStep step)
    {
        var head = reader.HeadSha();
        var acrossBranches = AcrossBranches(journal);

        // A commit on a branch the plan switched to has that branch's original tip as its parent, not the run's HEAD.
        var parent = acrossBranches && step.Branch is { } branch && journal.OriginalRefs.TryGetValue("refs/heads/" + branch, out var tip) ? tip : journal.OriginalHead;
        if ((acrossBranches || journal.ReleaseCommit is null) && head is not null && head != parent
            && reader.ParentOf(head) == parent && reader.CommitSubject(head) == journal.CommitMessage.Split('\n')[0])
        {
            journal.ReleaseCommit = acrossBranches ? journal.ReleaseCommit : head;
            return true;
        }

        RunGit(WithHookFiles(step.Argv, journal), step.Input);
        journal.ReleaseCommit = acrossBranches ? journal.ReleaseCommit : reader.HeadSha();
        return true;
    }

    /// <summary>Switches to the step's branch, unless HEAD is there already (a killed run switched before it could say so).</summary>
    private void SwitchTo(GitStep step)
    {
        if (reader.CurrentBranch() == step.Branch)
        {
            return;
        }

        var result = writer.Run(step.Argv);
        if (!result.Succeeded)
        {
            throw Messages.SwitchFailed(step.Branch, result.FirstErrorLine);
        }
    }

    /// <summary>
    /// Merges the step's source into the checked-out branch, unless that has it already (merged by a killed run). A
    /// conflict stops the run for the user with the journal kept: --continue concludes the merge, --abort undoes all.
    /// </summary>
    private void Merge(EngineJournal journal, GitStep step)
    {
        if (branches.ResolveCommit(step.From ?? string.Empty) is { } from && branches.IsAncestor(from, "HEAD"))
        {
            return;
        }

        var result = writer.Run(step.Argv);
        if (result.Succeeded)
        {
            return;
        }

        var unmerged = branches.IsMerging() ? branches.UnmergedFiles() : [];
        if (unmerged.Count == 0)
        {
            throw Messages.MergeFailed(step.From, step.Branch, result.FirstErrorLine);
        }

        Store.Save(journal);
        throw new MergeStoppedException(Messages.MergeConflicts(step.From, step.Branch, unmerged, journal.Verb, Noun(journal)));
    }

    /// <summary>
    /// For --continue: concludes the merge a conflict stopped, once the user staged every file. A merge a killed run
    /// committed already leaves only git's merge state behind, which is dropped.
    /// </summary>
    private void ConcludeMerge(EngineJournal journal)
    {
        if (!branches.IsMerging())
        {
            return;
        }

        if (branches.ResolveCommit("MERGE_HEAD") is { } mergeHead && branches.IsAncestor(mergeHead, "HEAD"))
        {
            CheckGit(GitWrites.MergeQuit());
            return;
        }

        var step = journal.Done < journal.Steps.Count ? journal.Steps[journal.Done] : null;
        if (step?.Role != GitStepRole.Merge)
        {
            throw Messages.ForeignMergeInProgress(journal.Verb);
        }

        var unmerged = branches.UnmergedFiles();
        if (unmerged.Count > 0)
        {
            throw new MergeStoppedException(Messages.StillUnmerged(unmerged, journal.Verb));
        }

        var concluded = writer.Run(GitWrites.ConcludeMerge());
        if (!concluded.Succeeded)
        {
            throw Messages.ConcludeMergeFailed(step.Source, step.Branch, concluded.FirstErrorLine);
        }
    }

    /// <summary>Deletes a branch the run merged, only once HEAD has all of it; gone already means done.</summary>
    private void DeleteBranch(GitStep step)
    {
        if (branches.BranchSha(step.Branch ?? string.Empty) is not { } tip)
        {
            return;
        }

        if (!branches.IsAncestor(tip, "HEAD"))
        {
            throw Messages.BranchNotMerged(step.Branch, reader.CurrentBranch() ?? "HEAD");
        }

        RunGit(step.Argv, step.Input);
    }

    /// <summary>Moves a ref (compare-and-swap in the argv), unless it is where the step moves it already.</summary>
    private void UpdateRef(GitStep step)
    {
        if (step.Branch is { } name && step.From is { } target && branches.RefTarget(name) == target)
        {
            return;
        }

        RunGit(step.Argv, step.Input);
    }

    /// <summary>
    /// Whether the run works across branches that existed before it (a finish, a sync): its commits land on branches
    /// it switches to, the release commit is the one it tags, its push is checked ref by ref, and undo discards its
    /// files against HEAD. Recording refs alone does not make a plan one: a plan whose refs are only the branches it
    /// creates (flow start, flow init's develop, rollback's hotfix branch) commits on the branch checked out and
    /// pushes one branch as release does, and keeps release's byte-for-byte undo of its files; its refs only let undo
    /// delete what it created. Derived from the journal's own steps, so a journal needs no field for it.
    /// </summary>
    private static bool AcrossBranches(EngineJournal journal) => AcrossBranches(journal.OriginalRefs.Keys, journal.Steps);

    private static bool AcrossBranches(IEnumerable<string> refs, IReadOnlyList<JournalStep> steps) =>
        refs.Any(r => !steps.Any(s => s.Role == GitStepRole.CreateBranch && "refs/heads/" + s.Branch == r));

    private static List<JournalStep> JournalSteps(ExecutionPlan plan) => [.. plan.Git.Select(JournalStep.From)];

    private static string Noun(EngineJournal journal) => journal.Verb.EndsWith(" finish", StringComparison.Ordinal) ? "finish" : journal.Verb;

    private void Tag(EngineJournal journal, GitStep step)
    {
        var head = reader.HeadSha();

        // The step's own tag (the argv's last operand): a monorepo release makes one per component.
        var tagged = journal.Tag is not null && reader.TagTarget(step.Argv[^1]) is { } target && target == head;
        if (!tagged)
        {
            RunGit(step.Argv, step.Input);
        }

        // A multi-branch plan may have committed on another branch first: the release commit is the one tagged.
        journal.ReleaseCommit = AcrossBranches(journal) ? head : journal.ReleaseCommit ?? head;
        journal.Tagged = true;
    }

    /// <summary>
    /// The push, and then the remote's own answer: git's exit code alone cannot say whether a push that failed half-way
    /// (a dropped connection, a kill) reached the remote. The remote having the tag at our commit is the release.
    /// </summary>
    private void Push(EngineJournal journal, GitStep step)
    {
        if (AcrossBranches(journal) && journal.PushedRefs.Count == 0)
        {
            // What the remote must name at each ref once the push arrived, taken from the local refs just before it.
            foreach (var refspec in step.Argv.SkipWhile(a => a != "--").Skip(2))
            {
                var colon = refspec.IndexOf(':', StringComparison.Ordinal);
                journal.PushedRefs[refspec[(colon + 1)..]] = colon == 0 ? null : branches.RefTarget(refspec[..colon]);
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
        Store.Save(journal);
        var result = writer.Run(step.Argv, step.Input);
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
            Store.Save(journal);
            throw new UndecidedPushException(Messages.PushUndecided(journal.Remote, result.FirstErrorLine, journal.Verb));
        }

        if (remoteHas)
        {
            journal.Pushed = true;
            if (!result.Succeeded)
            {
                output.WriteLine($"warning: git push reported a failure ({result.FirstErrorLine}), but '{journal.Remote}' has {Name(journal)} at the release commit: released");
            }

            return;
        }

        var why = result.Succeeded ? $"the remote does not show {Name(journal)} at the release commit after the push" : result.FirstErrorLine;
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

    /// <summary>
    /// For --abort: whether the remote has the release. When git said the push failed and the remote still cannot be
    /// asked, git's word stands (nothing arrived), so an unreachable remote never makes an abort impossible.
    /// </summary>
    private bool RemoteHasUnlessPushFailed(EngineJournal journal)
    {
        try
        {
            return RemoteHas(journal, askingFor: "abort");
        }
        catch (StewardException) when (journal.PushFailed)
        {
            output.WriteLine($"'{journal.Remote}' cannot be asked; git said the push failed, so it is taken as not arrived");
            return false;
        }
    }

    /// <summary>Whether the remote has what the push sends: the tag (peeled) at the release commit, else the branch there.</summary>
    private bool RemoteHas(EngineJournal journal, string askingFor)
    {
        if (AcrossBranches(journal) && journal.Remote is not null && journal.PushedRefs.Count > 0)
        {
            try
            {
                var remote = branches.RemoteRefs(journal.Remote, [.. journal.PushedRefs.Keys]);
                return journal.PushedRefs.All(p => remote.GetValueOrDefault(p.Key) == p.Value);
            }
            catch (StewardException e)
            {
                throw Messages.RemoteCannotBeAsked(journal.Remote, Name(journal), e.Message, journal.Verb, askingFor, e);
            }
        }

        if (journal.Remote is null || journal.Branch is null || journal.ReleaseCommit is null)
        {
            return false;
        }

        try
        {
            return journal.Tag is not null
                ? reader.RemoteRefs(journal.Remote, journal.Branch, journal.Tag).Tag == journal.ReleaseCommit
                : reader.RemoteBranch(journal.Remote, journal.Branch) == journal.ReleaseCommit;
        }
        catch (StewardException e)
        {
            throw Messages.RemoteCannotBeAsked(journal.Remote, Name(journal), e.Message, journal.Verb, askingFor, e);
        }
    }

    private static bool CreatedTag(string porcelain, string tag)
    {
        // Porcelain lines: FLAG TAB FROM:TO TAB SUMMARY; '*' is a new ref, '=' one the remote already had.
        var line = porcelain.Split('\n').FirstOrDefault(l => l.Contains($":refs/tags/{tag}\t", StringComparison.Ordinal));
        return line is not null && line.StartsWith('*');
    }

    private void RunGate(CommandStep gate) => GateRunner.Run([gate.Command], commands, reader, output);

    private void RunBeforeCommitHook(EngineJournal journal, CommandStep hook)
    {
        if (journal.TrackedChangesBeforeHooks is null)
        {
            journal.TrackedChangesBeforeHooks = TrackedChanges().Order(StringComparer.Ordinal).ToList();
            journal.UntrackedBeforeHooks = Untracked().Order(StringComparer.Ordinal).ToList();
            Store.Save(journal);
        }

        var outcome = RunHook(journal, hook, "before-commit hook");
        journal.HookChangedFiles = HookChanges(journal);
        if (!outcome.Succeeded)
        {
            throw Messages.BeforeCommitHookFailed(hook.Command.Name, Why(outcome, hook));
        }
    }

    /// <summary>The release stands whatever an after-release hook does: a failure is the warning returned.</summary>
    private string? RunAfterReleaseHook(EngineJournal journal, CommandStep hook)
    {
        var outcome = RunHook(journal, hook, "after-release hook");
        return outcome.Succeeded ? null : $"released, but after-release hook '{hook.Command.Name}' failed ({Why(outcome, hook)})";
    }

    private CommandOutcome RunHook(EngineJournal journal, CommandStep hook, string what)
    {
        output.WriteLine($"{what} '{hook.Command.Name}': {string.Join(' ', hook.Command.Command)}");
        var environment = journal.HookEnvironment.ToDictionary(p => p.Key, p => (string?)p.Value, StringComparer.Ordinal);
        return commands.Run(hook.Command, what, reader.GitPath($"steward/logs/hook-{GateRunner.LogFileName(hook.Command.Name)}.log"), environment);
    }

    private static string Why(CommandOutcome outcome, CommandStep step) => outcome.TimedOut ? $"timed out after {step.Command.Timeout}" : $"exit code {outcome.ExitCode}";

    /// <summary>The stage and commit argv take the files the before-commit hooks changed, which no plan can know beforehand.</summary>
    private static IReadOnlyList<string> WithHookFiles(IReadOnlyList<string> argv, EngineJournal journal) =>
        [.. argv, .. journal.HookChangedFiles.Where(p => !argv.Contains(p, StringComparer.Ordinal))];

    private void RunGit(IReadOnlyList<string> argv, string? input)
    {
        var result = writer.Run(argv, input);
        if (!result.Succeeded)
        {
            throw Messages.GitStepFailed(argv[1], result.FirstErrorLine);
        }
    }

    /// <summary>
    /// Puts everything back as the journal says it was before the run, in one pass for every plan: the refs it declared
    /// (<see cref="RestoreRefs"/>: created ones deleted, moved ones put back, HEAD back where it started), then, for a
    /// plan on the checked-out branch, the commit and tag it made, the index and every file byte for byte
    /// (<see cref="UndoOnCheckedOutBranch"/>), and last the git hooks it replaced and the temp files of a killed write.
    /// </summary>
    private void Undo(EngineJournal journal)
    {
        var acrossBranches = AcrossBranches(journal);
        if (acrossBranches && branches.IsMerging())
        {
            CheckGit(GitWrites.MergeAbort());
        }

        if (journal.OriginalRefs.Count > 0)
        {
            // Two file passes, for two kinds of plan. Across branches the files were written on branches the run
            // switched to, where the bytes the journal has from the start are meaningless: they are discarded against
            // HEAD. A plan on the checked-out branch gets every file back byte for byte below, on the start branch;
            // only when it left that branch (a created branch it switched to) are its files first cleared there, so
            // that the switch back carries nothing along.
            if (acrossBranches || LeftStart(journal))
            {
                DiscardPlanFiles(journal);
            }

            RestoreRefs(journal);
        }

        if (!acrossBranches)
        {
            UndoOnCheckedOutBranch(journal);
        }

        RestoreHooks(journal);
        RemoveTempFiles(journal);
        Store.Delete();
    }

    /// <summary>
    /// Release's undo, for a plan whose commit is on the branch checked out (release, propagate, init, hooks install,
    /// and, once back on their start branch, flow start, flow init and rollback): deletes the tag and the commit the run
    /// made (only those), restores the index and every file it wrote byte for byte, including files before-commit hooks
    /// changed, and removes the files the hooks created.
    /// </summary>
    private void UndoOnCheckedOutBranch(EngineJournal journal)
    {
        var head = reader.HeadSha();
        var commit = journal.ReleaseCommit;
        if (commit is null && head is not null && head != journal.OriginalHead
            && reader.ParentOf(head) == journal.OriginalHead && journal.CommitMessage.Length > 0 && reader.CommitSubject(head) == journal.CommitMessage.Split('\n')[0])
        {
            // Killed after `git commit` but before the journal recorded it.
            commit = head;
        }

        // Planning refused a tag that existed, so a tag of this name at the release commit (or, with nothing to commit,
        // at the original HEAD) is the run's own.
        var tags = journal.Steps.Where(s => s.Role == GitStepRole.Tag && s.Argv is { Count: > 0 }).Select(s => s.Argv![^1]).Prepend(journal.Tag).OfType<string>().Distinct(StringComparer.Ordinal);
        foreach (var tag in journal.Tag is null ? [] : tags)
        {
            if ((commit ?? journal.OriginalHead) is { } tagged && reader.TagTarget(tag) == tagged)
            {
                writer.DeleteTag(tag);
            }
        }

        if (commit is not null && commit != journal.OriginalHead && head == commit)
        {
            if (journal.OriginalHead is null)
            {
                writer.DeleteHead();
            }
            else
            {
                writer.ResetSoft(journal.OriginalHead);
            }
        }

        if (journal.OriginalIndexTree.Length > 0)
        {
            writer.ReadTree(journal.OriginalIndexTree);
        }

        foreach (var (path, original) in journal.OriginalFiles)
        {
            var full = Path.Combine(root, path);
            if (original is null)
            {
                File.Delete(full);
            }
            else
            {
                File.WriteAllBytes(full, Convert.FromBase64String(original));
            }
        }

        // A hook that failed half-way changed files the journal has not listed yet: find them the same way. A file the
        // hook created and staged is not in the original HEAD: the index is back, so it is untracked now, and removed below.
        foreach (var path in journal.HookChangedFiles.Union(journal.TrackedChangesBeforeHooks is null ? [] : HookChanges(journal)))
        {
            if (journal.OriginalHead is not null && reader.ExistsIn(journal.OriginalHead, path))
            {
                writer.RestoreFile(journal.OriginalHead, path);
            }
        }

        if (journal.UntrackedBeforeHooks is not null)
        {
            RemoveCreatedFiles(journal.UntrackedBeforeHooks);
        }
    }

    /// <summary>Whether HEAD is no longer where the run started (a plan that switched to a branch).</summary>
    private bool LeftStart(EngineJournal journal)
    {
        var current = reader.CurrentBranch();
        return !(current == journal.StartBranch || (current is null && reader.HeadSha() == journal.OriginalHead));
    }

    /// <summary>
    /// Puts every recorded ref back with compare-and-swap: a ref the run created (null original) is deleted, a moved one
    /// is set back, the checked-out branch by <c>reset --keep</c> (only when it existed before). Then HEAD goes back to
    /// where the run started, and only then is a created branch that was checked out deleted: git cannot delete the
    /// branch HEAD is on.
    /// </summary>
    private void RestoreRefs(EngineJournal journal)
    {
        var current = reader.CurrentBranch();
        string? createdCheckedOut = null;
        foreach (var (name, original) in journal.OriginalRefs)
        {
            var now = branches.RefTarget(name);
            if (now == original)
            {
                continue;
            }

            if (current is not null && name == "refs/heads/" + current)
            {
                if (original is null)
                {
                    createdCheckedOut = name;
                }
                else
                {
                    CheckGit(GitWrites.ResetKeep(original));
                }
            }
            else if (original is null)
            {
                CheckGit(GitWrites.DeleteRef(name, now));
            }
            else
            {
                CheckGit(GitWrites.UpdateRef(name, original, now ?? string.Empty));
            }
        }

        if (journal.StartBranch is { } start && reader.CurrentBranch() != start)
        {
            CheckGit(GitWrites.Switch(start));
        }
        else if (journal.StartBranch is null && journal.OriginalHead is { } head && (reader.CurrentBranch() is not null || reader.HeadSha() != head))
        {
            CheckGit(GitWrites.SwitchDetached(head));
        }

        if (createdCheckedOut is not null && branches.RefTarget(createdCheckedOut) is { } tip)
        {
            CheckGit(GitWrites.DeleteRef(createdCheckedOut, tip));
        }
    }

    /// <summary>
    /// A file step stopped before its commit (killed, or git refused the commit) leaves its files changed on the branch
    /// checked out: put them back as HEAD has them. A file HEAD does not have is removed only when it holds exactly the
    /// bytes the plan wrote, so that nothing of the user's is ever deleted.
    /// </summary>
    private void DiscardPlanFiles(EngineJournal journal)
    {
        foreach (var file in journal.Steps.Where(s => s.Kind == "file" && s.Path is not null))
        {
            if (reader.ExistsIn("HEAD", file.Path!))
            {
                CheckGit(GitWrites.RestoreFromHead(file.Path!));
                continue;
            }

            CheckGit(GitWrites.Unstage(file.Path!));
            if (SafePath.ForRemoving(root, file.Path!) is { } full && File.Exists(full)
                && File.ReadAllBytes(full).AsSpan().SequenceEqual(Convert.FromBase64String(file.Content ?? string.Empty)))
            {
                File.Delete(full);
            }
        }
    }

    private void CheckGit(IReadOnlyList<string> argv)
    {
        var result = writer.Run(argv);
        if (!result.Succeeded)
        {
            throw GitRunner.Failure([.. argv.Skip(1)], result);
        }
    }

    /// <summary>The temp files an atomic write killed half-way left beside its targets (.NAME.steward-*.tmp).</summary>
    private void RemoveTempFiles(EngineJournal journal)
    {
        foreach (var path in journal.OriginalFiles.Keys)
        {
            var full = Path.Combine(root, path);
            var directory = Path.GetDirectoryName(full)!;
            if (!Directory.Exists(directory))
            {
                continue;
            }

            foreach (var temp in Directory.EnumerateFiles(directory, $".{Path.GetFileName(full)}.steward-*.tmp"))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>
    /// Removes the untracked files the hooks created: those not listed before they ran. Runs after the tracked files
    /// are back, so the ignore rules are the user's again; a .gitignore the hooks created goes first for the same
    /// reason, so that a file it un-ignored, which the user had, is ignored again and never listed.
    /// </summary>
    private void RemoveCreatedFiles(IReadOnlyList<string> untrackedBefore)
    {
        var created = Untracked().Except(untrackedBefore).ToList();
        var ignoreFiles = created.Where(p => Path.GetFileName(p) == ".gitignore").ToList();
        if (ignoreFiles.Count > 0)
        {
            ignoreFiles.ForEach(RemoveCreatedFile);
            created = Untracked().Except(untrackedBefore).ToList();
        }

        created.ForEach(RemoveCreatedFile);
    }

    private void RemoveCreatedFile(string path)
    {
        // git lists a symbolic link as a file of its own, never what is under it: File.Delete removes the link itself.
        if (SafePath.ForRemoving(root, path) is { } full)
        {
            File.Delete(full);
        }
    }

    private EngineJournal Load(string verb, string action)
    {
        var journal = Store.Load() ?? throw Messages.NoInterruptedRun(verb, action);
        if (journal.Verb != verb)
        {
            throw Messages.InterruptedRunIsAnother(journal.Verb, Name(journal), verb, action);
        }

        return journal;
    }

    private static string Name(EngineJournal journal) => journal.Subject ?? journal.Tag ?? journal.Version;

    private List<string> HookChanges(EngineJournal journal) =>
        TrackedChanges().Except(journal.TrackedChangesBeforeHooks ?? []).Except(journal.OriginalFiles.Keys).Order(StringComparer.Ordinal).ToList();

    private HashSet<string> Untracked() =>
        reader.Status().Where(e => e.IsUntracked).Select(e => e.Path).ToHashSet(StringComparer.Ordinal);

    private HashSet<string> TrackedChanges() =>
        reader.Status().Where(e => !e.IsUntracked).Select(e => e.Path).ToHashSet(StringComparer.Ordinal);

    private void Step(string name) => AfterStep?.Invoke(name);

    /// <summary>The git hooks the plan replaces, as they were: what undo puts back.</summary>
    private static void RecordHooks(EngineJournal journal, IEnumerable<PlanStep> steps)
    {
        foreach (var hook in steps.OfType<GitHookStep>())
        {
            journal.OriginalHookFiles[hook.FullPath] = File.Exists(hook.FullPath) ? Convert.ToBase64String(File.ReadAllBytes(hook.FullPath)) : null;
        }
    }

    /// <summary>
    /// Creates a branch. The journal recorded it among the plan's refs as absent (planning refused a branch that
    /// existed), so undo deletes it; if it exists now, a killed run made it, and only the switch, if the step makes one,
    /// is left.
    /// </summary>
    private void CreateBranch(EngineJournal journal, GitStep step)
    {
        var branch = step.Branch ?? throw new InvalidOperationException("a create-branch step names its branch");
        if (journal.OriginalRefs.GetValueOrDefault("refs/heads/" + branch) is null && reader.BranchSha(branch) is not null)
        {
            if (step.Argv[1] == "switch" && reader.CurrentBranch() != branch)
            {
                RunGit(GitWrites.Switch(branch), null);
            }

            return;
        }

        RunGit(step.Argv, step.Input);
    }

    /// <summary>Writes a git hook atomically (temp file beside it, executable, then a rename that replaces a link, never follows it).</summary>
    private static void WriteHook(GitHookStep hook)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(hook.FullPath)!);
            var temp = hook.FullPath + ".steward-tmp";
            File.WriteAllBytes(temp, hook.Bytes);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                    | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            }

            File.Move(temp, hook.FullPath, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Messages.HookWriteFailed(hook.ShownPath, e.Message);
        }
    }

    private static void RestoreHooks(EngineJournal journal)
    {
        foreach (var (path, original) in journal.OriginalHookFiles)
        {
            if (File.Exists(path + ".steward-tmp"))
            {
                File.Delete(path + ".steward-tmp");
            }

            if (original is null)
            {
                if (File.Exists(path))
                {
                    File.Delete(path);
                }
            }
            else
            {
                File.WriteAllBytes(path, Convert.FromBase64String(original));
            }
        }
    }
}

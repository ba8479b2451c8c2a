using Steward.Core.Errors;
using Steward.Core.Planning;
using Steward.Git;
using Steward.Workspace;

namespace Steward.Releasing;

/// <summary>
/// Applies a release plan: files, before-commit hooks, one commit, one annotated tag, and the atomic push. Every step
/// before the push is journaled first; a failure at any of them (or a rejected push) puts the work tree, index, HEAD
/// and tags back exactly as they were, removing the untracked files the hooks created.
/// </summary>
internal sealed class ReleaseExecutor(string root, GitRunner git, ExternalCommandRunner commands, TextWriter output)
{
    private readonly WorkTreeReader reader = new(git);
    private readonly WorkTreeWriter writer = new(git);

    /// <summary>A test seam: called after each named step, so tests can fail the release between any two steps.</summary>
    public Action<string>? AfterStep { get; init; }

    /// <summary>A test seam: false models a process killed mid-step, which runs no undo and leaves the journal behind.</summary>
    public bool UndoOnFailure { get; init; } = true;

    public string JournalPath => reader.GitPath("steward/release.json");

    public ReleaseResult Apply(ReleasePlan plan, IReadOnlyDictionary<string, string?> hookEnvironment)
    {
        var journal = new ReleaseJournal
        {
            Version = plan.Version.ToString(),
            Tag = plan.Tag,
            Branch = plan.Branch,
            OriginalHead = reader.HeadSha() ?? throw new StewardException(FailureKind.InvalidInput, "the repository has no commits yet; commit something before releasing"),
            OriginalIndexTree = reader.WriteIndexTree(),
            CommitMessage = plan.CommitMessage,
        };
        var changed = plan.Edits.Where(e => e.Changes).ToList();
        foreach (var edit in changed)
        {
            var full = Path.Combine(root, edit.RelativePath);
            journal.OriginalFiles[edit.RelativePath] = File.Exists(full) ? Convert.ToBase64String(File.ReadAllBytes(full)) : null;
        }

        journal.Save(JournalPath);
        try
        {
            Step("journal");
            AtomicFileWriter.WriteAll(root, changed.Select(e => new FileEdit(e.RelativePath, e.Bytes)).ToList());
            Step("files");

            var paths = plan.CommitPaths.ToList();
            if (plan.Hooks.BeforeCommit.Count > 0)
            {
                journal.TrackedChangesBeforeHooks = TrackedChanges().Order(StringComparer.Ordinal).ToList();
                journal.UntrackedBeforeHooks = Untracked().Order(StringComparer.Ordinal).ToList();
                journal.Save(JournalPath);
                RunHooks(plan.Hooks.BeforeCommit, "before-commit hook", hookEnvironment, failIsFatal: true);
                journal.HookChangedFiles = HookChanges(journal);
                journal.Save(JournalPath);
                paths.AddRange(journal.HookChangedFiles);
                Step("hooks");
            }

            writer.Add(paths);
            journal.ReleaseCommit = writer.Commit(plan.CommitMessage, paths);
            journal.Save(JournalPath);
            Step("commit");

            var notesFile = reader.GitPath($"steward/notes-{plan.Tag.Replace('/', '-')}.md");
            File.WriteAllText(notesFile, plan.TagMessage);
            writer.Tag(plan.Tag, notesFile, plan.Sign);
            journal.Tagged = true;
            journal.Save(JournalPath);
            Step("tag");
        }
        catch when (UndoOnFailure)
        {
            Undo(journal);
            throw;
        }

        if (plan.Push)
        {
            var pushed = writer.PushAtomic(plan.Remote, plan.Branch, plan.Tag);
            if (pushed.Succeeded && !RemoteHasRelease(plan, journal.ReleaseCommit!))
            {
                // git said yes but the remote does not show our commit and tag: never report a release that is not there.
                pushed = pushed with { ExitCode = 1, Error = $"the remote does not show {plan.Tag} at the release commit after the push" };
            }

            if (!pushed.Succeeded)
            {
                Undo(journal);
                throw new StewardException(FailureKind.OperationFailed,
                    $"the push to '{plan.Remote}' was rejected ({pushed.FirstErrorLine}); the release commit and tag {plan.Tag} were removed locally and nothing reached the remote; pull, then run steward release again");
            }

            journal.Pushed = true;
            journal.Save(JournalPath);
            Step("push");
        }

        File.Delete(JournalPath);
        var result = new ReleaseResult(plan.Version, plan.Tag, journal.ReleaseCommit, plan.Notes, plan.CommitPaths.Concat(journal.HookChangedFiles).ToList(), plan.Push, Released: true);
        return result;
    }

    /// <summary>The after-release hooks; a failure is reported, but the release stands.</summary>
    public void RunAfterReleaseHooks(ReleasePlan plan, IReadOnlyDictionary<string, string?> hookEnvironment) =>
        RunHooks(plan.Hooks.AfterRelease, "after-release hook", hookEnvironment, failIsFatal: false);

    /// <summary>
    /// Puts everything back as the journal says it was before the release began: deletes the tag and the commit the
    /// release made (only those), restores the index and every file it wrote. Safe to run after a kill at any step.
    /// </summary>
    public void Undo(ReleaseJournal journal)
    {
        var head = reader.HeadSha();
        var releaseCommit = journal.ReleaseCommit;
        if (releaseCommit is null && head is not null && head != journal.OriginalHead
            && reader.ParentOf(head) == journal.OriginalHead && reader.CommitSubject(head) == journal.CommitMessage.Split('\n')[0])
        {
            // Killed after `git commit` but before the journal recorded it.
            releaseCommit = head;
        }

        if (releaseCommit is not null && reader.TagTarget(journal.Tag) == releaseCommit)
        {
            writer.DeleteTag(journal.Tag);
        }

        if (releaseCommit is not null && head == releaseCommit)
        {
            writer.ResetSoft(journal.OriginalHead);
        }

        writer.ReadTree(journal.OriginalIndexTree);
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
            if (reader.ExistsIn(journal.OriginalHead, path))
            {
                writer.RestoreFile(journal.OriginalHead, path);
            }
        }

        if (journal.UntrackedBeforeHooks is not null)
        {
            RemoveCreatedFiles(journal.UntrackedBeforeHooks);
        }

        File.Delete(JournalPath);
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

    private void RunHooks(IReadOnlyList<Core.Configuration.GateConfig> hooks, string what, IReadOnlyDictionary<string, string?> environment, bool failIsFatal)
    {
        foreach (var hook in hooks)
        {
            output.WriteLine($"{what} '{hook.Name}': {string.Join(' ', hook.Command)}");
            var outcome = commands.Run(hook, what, reader.GitPath($"steward/logs/hook-{Sanitize(hook.Name)}.log"), environment);
            if (!outcome.Succeeded)
            {
                var why = outcome.TimedOut ? $"timed out after {hook.Timeout}" : $"exit code {outcome.ExitCode}";
                if (failIsFatal)
                {
                    throw new StewardException(FailureKind.OperationFailed, $"{what} '{hook.Name}' failed ({why}); nothing was released and every file is as it was");
                }

                throw new StewardException(FailureKind.OperationFailed, $"released, but {what} '{hook.Name}' failed ({why})");
            }
        }
    }

    private List<string> HookChanges(ReleaseJournal journal) =>
        TrackedChanges().Except(journal.TrackedChangesBeforeHooks ?? []).Except(journal.OriginalFiles.Keys).Order(StringComparer.Ordinal).ToList();

    private bool RemoteHasRelease(ReleasePlan plan, string commit)
    {
        // The tag alone decides: it was created in the same atomic push as the branch update, and someone may already
        // have pushed on top of the branch since.
        var (_, tag) = reader.RemoteRefs(plan.Remote, plan.Branch, plan.Tag);
        return tag == commit;
    }

    private HashSet<string> Untracked() =>
        reader.Status().Where(e => e.IsUntracked).Select(e => e.Path).ToHashSet(StringComparer.Ordinal);

    private HashSet<string> TrackedChanges() =>
        reader.Status().Where(e => !e.IsUntracked).Select(e => e.Path).ToHashSet(StringComparer.Ordinal);

    private void Step(string name) => AfterStep?.Invoke(name);

    internal static string Sanitize(string name) =>
        new(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-').ToArray());
}

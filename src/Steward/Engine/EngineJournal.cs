namespace Steward.Engine;

/// <summary>
/// What a plan being applied has done, kept in <c>.git/steward/journal.json</c> from before the first change until the
/// end: the steps, how many finished, and what the repository was before, so that after a kill <c>--abort</c> can put
/// it back and <c>--continue</c> can finish. The names of the undo fields are those of the release journal of earlier
/// versions (<c>release.json</c>), so that one still loads for <c>--abort</c>.
/// </summary>
internal sealed class EngineJournal
{
    /// <summary>The verb that made the plan (release, propagate): recovery names it, and refuses another verb's.</summary>
    public string Verb { get; set; } = "release";

    public string Version { get; set; } = string.Empty;

    public string? Tag { get; set; }

    public string? Branch { get; set; }

    public string? Remote { get; set; }

    /// <summary>What the run is about in messages (the branch a finish finishes), or null for the tag or version.</summary>
    public string? Subject { get; set; }

    /// <summary>The plan's line for a push the remote rejected ({0}: git's reason), or null for the release wording.</summary>
    public string? PushRejected { get; set; }

    /// <summary>
    /// The refs the plan declared it may create, move or delete (full names), each with the object it named before the
    /// run (null: absent, so created by the run). Undo puts each back with compare-and-swap and deletes the created ones;
    /// empty for a plan that only commits on the checked-out branch (release, propagate, init, hooks install).
    /// </summary>
    public Dictionary<string, string?> OriginalRefs { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The branch HEAD was on before the run (null when detached at <see cref="OriginalHead"/>): undo returns there.</summary>
    public string? StartBranch { get; set; }

    /// <summary>What a multi-ref push sends: each remote ref with the object it must name there (null: deleted).</summary>
    public Dictionary<string, string?> PushedRefs { get; set; } = new(StringComparer.Ordinal);

    /// <summary>HEAD before the plan, or null on a branch without commits.</summary>
    public string? OriginalHead { get; set; }

    public string OriginalIndexTree { get; set; } = string.Empty;

    public string CommitMessage { get; set; } = string.Empty;

    /// <summary>Files the plan rewrites, with their bytes before as base64 (null when the file did not exist).</summary>
    public Dictionary<string, string?> OriginalFiles { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Tracked files already changed when the before-commit hooks started (null until they start).</summary>
    public List<string>? TrackedChangesBeforeHooks { get; set; }

    /// <summary>
    /// Untracked, not ignored files present when the before-commit hooks started (null until they start). Any other
    /// untracked file at undo time was made by the run, so undo removes it; these, and ignored files, it never touches.
    /// </summary>
    public List<string>? UntrackedBeforeHooks { get; set; }

    /// <summary>Tracked files a before-commit hook changed: the commit takes them, and undo restores them.</summary>
    public List<string> HookChangedFiles { get; set; } = [];

    /// <summary>The commit the plan made, or the commit it tagged when it had nothing to commit.</summary>
    public string? ReleaseCommit { get; set; }

    public bool Tagged { get; set; }

    /// <summary>Set before the push starts: from then on only the remote can say whether the release exists.</summary>
    public bool PushStarted { get; set; }

    /// <summary>git said the push failed (and the remote could not be asked): --abort may undo without asking again.</summary>
    public bool PushFailed { get; set; }

    /// <summary>The remote has what the push sent: the point of no return is passed.</summary>
    public bool Pushed { get; set; }

    /// <summary>The plan's steps; empty in a journal written by an earlier version, which only --abort recovers.</summary>
    public List<JournalStep> Steps { get; set; } = [];

    /// <summary>How many steps have finished.</summary>
    public int Done { get; set; }

    /// <summary>Git hooks the plan writes, by full path, with their bytes before as base64 (null when there was none).</summary>
    public Dictionary<string, string?> OriginalHookFiles { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Artifacts (full paths) that existed before the run: undo never removes them.</summary>
    public List<string> ExistingArtifacts { get; set; } = [];

    /// <summary>Folders the run's artifacts go to that did not exist before it: undo removes them once empty.</summary>
    public List<string> CreatedArtifactFolders { get; set; } = [];

    /// <summary>The variables the hooks see (STEWARD_VERSION, STEWARD_TAG, ...).</summary>
    public Dictionary<string, string> HookEnvironment { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether the run works across branches that existed before it (a finish, a sync): its commits land on branches
    /// it switches to, the release commit is the one it tags, its push is checked ref by ref, and undo discards its
    /// files against HEAD. Recording refs alone does not make a plan one: a plan whose refs are only the branches it
    /// creates (flow start, flow init's develop, rollback's hotfix branch) commits on the branch checked out and
    /// pushes one branch as release does, and keeps release's byte-for-byte undo of its files; its refs only let undo
    /// delete what it created. Derived from the journal's own steps, so a journal needs no field for it.
    /// </summary>
    public bool AcrossBranches() => AcrossBranches(OriginalRefs.Keys, Steps);

    public static bool AcrossBranches(IEnumerable<string> refs, IReadOnlyList<JournalStep> steps) =>
        refs.Any(r => !steps.Any(s => s.Role == Core.Planning.GitStepRole.CreateBranch && "refs/heads/" + s.Branch == r));

    /// <summary>What messages call the run: its subject, else its tag, else its version.</summary>
    public string Name() => Subject ?? Tag ?? Version;

    /// <summary>What messages call the verb's run: a flow finish is "finish".</summary>
    public string Noun() => Verb.EndsWith(" finish", StringComparison.Ordinal) ? "finish" : Verb;
}

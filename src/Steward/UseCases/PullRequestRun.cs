using Steward.Artifacts;
using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Changelog.Splicing;
using Steward.Core.Components;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Core.Forge;
using Steward.Core.Planning;
using Steward.Core.PullRequests;
using Steward.Engine;
using Steward.Forges;
using Steward.Git;
using Steward.Releasing;
using Steward.Workspace;

namespace Steward.UseCases;

/// <summary>
/// <c>steward pr</c>'s job. Plans the release exactly as <c>steward release</c> does (ReleasePlanner: preflight,
/// version, VERSION, targets, CHANGELOG.md; no tag), builds its commit on the base in a throw-away work tree with the
/// commits a human added to the release branch replayed on top, and pushes it to the release branch through the
/// engine (an update-ref and a push leased on the remote tip it read). The forge's part is steps of the same plan
/// after the push (<see cref="PullRequestStep"/>, run by <see cref="PullRequestServiceSteps"/>): the pull request
/// found by head branch and marker is created or updated only when it differs, labelled, and a workflow started; a
/// failure of one leaves the journal, and <c>--continue</c> (or a rerun) finishes what is left.
/// </summary>
internal sealed class PullRequestRun(CommandContext context, PullRequestOptions options)
{
    private TextWriter Progress => options.Json ? context.Error : context.Out;

    /// <returns>One result per release pull request: one, or with <c>pr.split: component</c> one per release unit.</returns>
    public IReadOnlyList<PullRequestResult> Execute(string? directory)
    {
        var project = ProjectDirectory.Open(context, directory);
        var repository = project.Repository ?? Repository.Require(project.Root, context.Environment);
        var config = ConfigLoader.Load(project.Root);
        var split = ReleaseUnits.Split(config.Pr);
        var monorepo = ComponentResolver.HasComponents(config);
        var git = repository.Git;
        var branch = new WorkTreeReader(git).CurrentBranch() ?? throw Messages.PullRequestNeedsBranch();
        if (!options.DryRun)
        {
            ClearFinishedPush(git);
        }

        // A freeze refuses the run before anything (the planner asks first, in pr's words); a wrong forge or a missing
        // token before anything is written or pushed.
        var releaseOptions = new ReleaseOptions(options.DryRun, AllowDirty: false, options.NoFetch, Push: false, options.Bump, options.As, options.Pre, options.Json)
        {
            FreezeOverrideReason = options.FreezeOverrideReason,
            Verb = "pr",
            PrNotes = options.PrNotes,
        };
        if (config.Pr.Dispatch is not null)
        {
            // What the forge cannot do is refused before the planner asks it anything (the blocker check).
            PullRequestClients.CheckSupported(PublishRun.Locate(repository, config), config.Pr);
        }

        var units = monorepo
            ? MonorepoUnits(project, config, releaseOptions, branch, split)
            : [SingleUnit(directory, releaseOptions, branch)];

        var location = PublishRun.Locate(repository, config);
        PullRequestClients.CheckSupported(location, config.Pr);
        var token = ForgeTokens.Resolve(location.Kind, context.GetEnvironment);
        var heads = units.Select(u => ReleasePullRequests.HeadBranch(config.Pr.Branch, branch, u.Name)).ToList();
        if (heads.FirstOrDefault(h => h == branch) is { } same)
        {
            throw Messages.PullRequestBranchIsBase(same);
        }

        return [.. units.Select((unit, i) => Open(project.Root, git, config, location, token, unit, branch, heads[i]))];
    }

    /// <summary>A repository of one component: the release as ReleasePlanner plans it.</summary>
    private PullRequestUnit SingleUnit(string? directory, ReleaseOptions releaseOptions, string branch)
    {
        var planner = new ReleasePlanner(context, releaseOptions);
        var plan = planner.Build(directory, Progress);
        if (plan.CommitPaths.Count == 0)
        {
            throw Messages.PullRequestAlreadyMerged(plan.Version.ToString(), branch);
        }

        var component = ComponentResolver.Single(planner.Config);

        // VERSION raised by hand and not committed is the release's too (as release commits it).
        var edits = plan.Edits.Where(e => e.Changes || plan.HandEditedPaths.Contains(e.RelativePath)).ToList();
        var version = plan.Version.ToString();
        return new PullRequestUnit(null, version, version, plan.Tag, version, plan.Tag, edits, plan.CommitMessage, [new PullRequestUnitPart(component, null, plan.Version, plan.Notes)]);
    }

    /// <summary>
    /// A monorepo: the release steward release would make (every releasing component's VERSION, targets and changelog,
    /// its commit message), as one pull request, or with <c>pr.split: component</c> one per release unit. HEAD carrying
    /// a release already (a merged release pull request not yet tagged) is exit 3: steward release tags it first.
    /// </summary>
    private List<PullRequestUnit> MonorepoUnits(ProjectDirectory project, StewardConfig config, ReleaseOptions releaseOptions, string branch, bool split)
    {
        var planner = new MonorepoReleasePlanner(context, releaseOptions);
        var plan = planner.Build(project, config, Progress);
        if (plan.Carried)
        {
            throw Messages.PullRequestAlreadyMerged(plan.Versions, branch);
        }

        var groups = split
            ? plan.Parts.GroupBy(p => (string?)ReleaseUnits.UnitOf(p.Release.Component.Name, config)).ToList()
            : plan.Parts.GroupBy(_ => (string?)null).ToList();
        return [.. groups.Select(g => MonorepoUnit(planner, g.Key, [.. g]))];
    }

    private static PullRequestUnit MonorepoUnit(MonorepoReleasePlanner planner, string? name, IReadOnlyList<MonorepoReleasePart> parts)
    {
        var versions = parts.Select(p => $"{p.Release.Component.Name} {p.Plan.Version}").ToList();
        var tags = parts.Select(p => p.Plan.Tag).ToList();
        return new PullRequestUnit(
            name,
            string.Join(", ", versions),
            ReleaseMarker.Versions(parts.Select(p => (p.Release.Component.Name, p.Plan.Version.ToString()))),
            string.Join(", ", tags),
            ReleasePullRequests.ShortList(versions),
            ReleasePullRequests.ShortList(tags),
            [.. parts.SelectMany(p => p.Plan.Edits).Where(e => e.Changes)],
            planner.CommitMessage(parts),
            [.. parts.Select(p => new PullRequestUnitPart(p.Release.Component, $"{p.Release.Component.Name} {p.Plan.Version}", p.Plan.Version, p.Plan.Notes))]);
    }

    /// <summary>One release pull request: its branch built and pushed, then the forge steps, through one engine plan.</summary>
    private PullRequestResult Open(string root, GitRunner git, StewardConfig config, ForgeLocation location, ForgeToken token, PullRequestUnit unit, string branch, string head)
    {
        var settings = PublishRun.Settings(context, new PublishOptions(null, false, null, options.DryRun, options.Verbose));
        using var connection = ForgeConnection.Open(location, token, settings, $"steward/{ToolVersion.Current}");
        var client = PullRequestClients.For(connection, location);
        ForgePullRequest? existing;
        PullRequestResult result;
        try
        {
            var pulls = client.FindByHeadAsync(head, CancellationToken.None).GetAwaiter().GetResult();
            existing = ReleasePullRequests.FindOpen(pulls, head, branch, unit.Name);
            var baseSha = new WorkTreeReader(git).HeadSha()!;
            var remote = config.Release.Remote;
            var state = ReleaseBranchInspector.Read(git, remote, head, baseSha, existing?.Marker);
            var commit = Build(context, git, unit, baseSha, head, state);
            var reader = new ReleaseBranchReader(git);
            var upToDate = state.Tip is not null && state.PreviousBase == baseSha && reader.Tree(commit) == reader.Tree(state.Tip);
            var tip = upToDate ? state.Tip! : commit;
            var wanted = Wanted(config, git, unit, branch, head, baseSha, tip);
            var action = ReleasePullRequests.Decide(existing, wanted);
            var execution = Steps(git, remote, head, commit, state.Tip, upToDate);
            execution = execution with { Steps = [.. execution.Steps, .. ForgeSteps(client, location, config.Pr, existing, wanted, action, upToDate)] };
            result = new PullRequestResult(unit.Version, unit.Tag, baseSha, branch, head, tip, upToDate, execution, action, existing, wanted, [], options.DryRun)
            {
                Replayed = state.HumanCommits,
                Forge = location.Kind,
            };
        }
        catch (ForgeHttpException e)
        {
            throw ForgeFailures.Word(e, client.Name, location, token, (int)settings.CallTimeout.TotalSeconds, "steward pr");
        }

        if (options.DryRun)
        {
            var planned = result.Plan.Steps.OfType<PullRequestStep>().Select(s => new ForgeCall(s.Method, s.Endpoint, null));
            return result with { Calls = [.. client.Http.Calls, .. planned] };
        }

        if (result.Plan.Steps.Count == 0)
        {
            return result with { Calls = client.Http.Calls };
        }

        // The forge steps start from the pull request this run read an instant ago; --continue's read the forge again.
        var services = new PullRequestServiceSteps(context, options.Verbose);
        services.Know(existing);
        var applied = PlanRun.Executor(context, root, git, services).Apply(result.Plan, unit.Version, new Dictionary<string, string>());
        if (applied.Cause is { } cause)
        {
            // Past the push: the branch is on the remote, the journal stays for --continue (or a rerun, which clears it).
            throw Messages.PullRequestNotOpened(head, PullRequestWords.Noun(location.Kind), cause);
        }

        return result with
        {
            Pushed = applied.Pushed,
            PullRequest = services.Pull ?? existing,
            Calls = [.. client.Http.Calls, .. services.Calls],
            Labelled = services.Labelled,
            Dispatched = services.Dispatched,
        };
    }

    /// <summary>
    /// The forge's part, as steps after the push, planned against the forge as it is: the pull request created or
    /// updated when it differs, the pending label when it is made or changed and lacks it, the workflow started
    /// (pr.dispatch) when the branch or the pull request changed. None at all when nothing changed.
    /// </summary>
    private static List<PlanStep> ForgeSteps(IPullRequestClient client, ForgeLocation location, PullRequestConfig config, ForgePullRequest? existing,
        WantedPullRequest wanted, PullRequestAction action, bool upToDate)
    {
        var steps = new List<PlanStep>();
        PullRequestStep Step(PullRequestStepAction what, ForgeCall call, string name = "") =>
            new(location.Kind, location.Api.OriginalString, location.Repository, what, wanted) { Name = name, Number = existing?.Number, Method = call.Method, Endpoint = call.Url };

        if (action != PullRequestAction.None)
        {
            steps.Add(Step(PullRequestStepAction.Reconcile, client.PlannedWrite(existing)));
        }

        var changed = !upToDate || action != PullRequestAction.None;
        if (changed && existing?.Labels.Contains(config.Labels.Pending, StringComparer.Ordinal) != true)
        {
            steps.Add(Step(PullRequestStepAction.Label, client.PlannedLabels(existing), config.Labels.Pending));
        }

        if (changed && config.Dispatch is { } workflow)
        {
            steps.Add(Step(PullRequestStepAction.Dispatch, client.PlannedDispatch(workflow), workflow));
        }

        return steps;
    }

    /// <summary>
    /// Finishes an interrupted pr from its journal: only the steps left (a push the remote has is not sent again, and
    /// the forge steps find the pull request again before they write).
    /// </summary>
    public void Continue(string? directory)
    {
        var (root, git) = Open(directory);
        var services = new PullRequestServiceSteps(context, options.Verbose);
        var result = PlanRun.Executor(context, root, git, services).Continue("pr");
        var head = result.Journal.Subject ?? string.Empty;
        if (result.Cause is { } cause)
        {
            // Only past the push does the engine keep going with a cause: the branch is there, the journal stays.
            throw Messages.PullRequestNotOpened(head, PullRequestWords.Noun(Forge(result.Journal)), cause);
        }

        var journal = result.Journal;
        Progress.WriteLine($"finished the interrupted pr of {journal.Version}: '{head}'{(journal.Pushed ? " is pushed" : string.Empty)}");
        if (services.Pull is { } pull)
        {
            var named = PullRequestWords.Named(Forge(journal), pull.Number);
            Progress.WriteLine(services.Done switch
            {
                PullRequestAction.Create => $"  opened {named}: {pull.Link}",
                PullRequestAction.Update => $"  updated {named}: {pull.Link}",
                _ => $"  {named} is up to date: no update",
            });
        }
    }

    /// <summary>
    /// Undoes an interrupted pr before its push (its private ref goes back); after it, the branch is on the remote and
    /// nothing is undone: says what the remote has and which forge steps were left.
    /// </summary>
    public void Abort(string? directory)
    {
        var (root, git) = Open(directory);
        var outcome = PlanRun.Executor(context, root, git).Abort("pr");
        var journal = outcome.Journal;
        var head = journal.Subject ?? string.Empty;
        if (!outcome.AlreadyReleased)
        {
            Progress.WriteLine($"aborted the interrupted pr of {journal.Version}: nothing was pushed to '{journal.Remote}', and the ref it set is as it was before it");
            return;
        }

        var left = journal.Steps.Skip(journal.Done).Where(s => s.PullRequest is not null).Select(s => s.ToStep()).OfType<PullRequestStep>().ToList();
        var tip = journal.PushedRefs.GetValueOrDefault("refs/heads/" + head) ?? journal.OriginalRefs.Keys.Select(new BranchOperations(git).RefTarget).FirstOrDefault(t => t is not null);
        var pushed = tip is { Length: >= 7 } ? $" at {tip[..7]}" : string.Empty;
        Progress.WriteLine(left.Count == 0
            ? $"'{head}' is on '{journal.Remote}'{pushed} and its {PullRequestWords.Noun(Forge(journal))} is done: nothing was undone; cleared the journal"
            : $"'{head}' is on '{journal.Remote}'{pushed}, so nothing was undone; not done on the forge: {string.Join(", ", left.Select(s => s.Operation))}; cleared the journal (run 'steward pr' to finish them)");
    }

    private (string Root, GitRunner Git) Open(string? directory)
    {
        var project = ProjectDirectory.Open(context, directory);
        var repository = project.Repository ?? Repository.Require(project.Root, context.Environment);
        return (project.Root, repository.Git);
    }

    /// <summary>The forge of the journal's pull request steps (GitHub's words when it has none).</summary>
    private static ForgeKind Forge(EngineJournal journal) =>
        journal.Steps.FirstOrDefault(s => s.PullRequest is not null)?.Forge ?? ForgeKind.GitHub;

    /// <summary>
    /// A pr stopped after its push (a forge step failed) leaves its journal for --continue; a rerun plans again from
    /// the remote and the forge, which is the same finish, so it clears that journal instead of refusing. A pr stopped
    /// before its push still refuses: --abort or --continue first.
    /// </summary>
    private static void ClearFinishedPush(GitRunner git)
    {
        var store = new JournalStore(new WorkTreeReader(git));
        if (store.Exists && store.Load() is { Verb: "pr", Pushed: true })
        {
            store.Delete();
        }
    }

    /// <summary>The release commit on the base and the human commits replayed on it: the tip the branch should have.</summary>
    private static string Build(CommandContext context, GitRunner git, PullRequestUnit unit, string baseSha, string head, ReleaseBranchState state)
    {
        var edits = unit.Edits.Select(e => e with { OldText = null }).ToList();
        using var builder = ReleaseBranchBuilder.Open(git, context.Environment, baseSha);
        builder.Commit(edits, ReleaseBaseTrailer.AppendTo(unit.CommitMessage, baseSha));
        var replayed = builder.Replay(state.HumanCommits);
        if (replayed.Applied)
        {
            return replayed.Tip!;
        }

        var failed = replayed.FailedCommit!;
        var changelog = unit.Parts.Select(p => p.Component.ChangelogFile).FirstOrDefault(f => replayed.Conflicts.Contains(f, StringComparer.Ordinal));
        throw changelog is not null
            ? Messages.PullRequestChangelogConflict(head, failed, changelog)
            : Messages.PullRequestReplayConflict(head, failed, new ReleaseBranchReader(git).Subject(failed), replayed.Conflicts);
    }

    /// <summary>
    /// The engine's part: a private ref set to the tip (so that the push names a ref and undo can put it back), and one
    /// push to the release branch leased on the tip read from the remote (none: the branch must not exist), so that a
    /// commit pushed since is never overwritten. Nothing when the branch already holds the release.
    /// </summary>
    private static ExecutionPlan Steps(GitRunner git, string remote, string head, string commit, string? remoteTip, bool upToDate)
    {
        var localRef = "refs/steward/pr/" + head;
        var steps = new List<PlanStep>();
        if (!upToDate)
        {
            var current = new BranchOperations(git).RefTarget(localRef) ?? string.Empty;
            steps.Add(new GitStep(GitStepRole.UpdateRef, GitWrites.UpdateRef(localRef, commit, current)) { Branch = localRef, From = commit });
            steps.Add(new GitStep(GitStepRole.Push, GitWrites.PushRefspecsWithLease(remote, [$"{localRef}:refs/heads/{head}"], "refs/heads/" + head, remoteTip ?? string.Empty)));
        }

        return new ExecutionPlan("pr", steps)
        {
            Refs = [localRef],
            Remote = remote,
            Subject = head,
            PushRejected = Messages.PullRequestPushRejected(remote, head),
        };
    }

    /// <summary>
    /// The pull request as wanted: the title from pr.title, the notes as the branch's changelogs have them (a human's
    /// edit included; in a monorepo each component's under its own heading), the marker.
    /// </summary>
    private static WantedPullRequest Wanted(StewardConfig config, GitRunner git, PullRequestUnit unit, string branch, string head, string baseSha, string tip)
    {
        var reader = new ReleaseRangeReader(git);
        string NotesOf(PullRequestUnitPart part) =>
            reader.ReadCommittedFile(tip, part.Component.ChangelogFile) is { } changelog && ChangelogEntryNotes.Find(changelog, part.Version) is { Length: > 0 } entry
                ? entry
                : part.Notes;
        var notes = string.Join("\n\n", unit.Parts.Select(p => p.Heading is null ? NotesOf(p) : $"## {p.Heading}\n\n{NotesOf(p).Trim()}"));
        var body = ReleasePullRequests.Body(notes, new ReleaseMarker(baseSha, unit.MarkerVersion, tip) { Unit = unit.Name });
        var title = ReleasePullRequests.Title(config.Pr.Title, branch, unit.TitleVersion, unit.TitleTag, unit.Name);
        return new WantedPullRequest(head, branch, title, body);
    }
}

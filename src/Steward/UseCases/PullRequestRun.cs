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
/// engine (an update-ref and a push leased on the remote tip it read). Then the forge, reconciled: the pull request
/// found by head branch and marker is created or updated only when it differs, labelled, and a workflow started.
/// </summary>
internal sealed class PullRequestRun(CommandContext context, PullRequestOptions options)
{
    private TextWriter Progress => options.Json ? context.Error : context.Out;

    public PullRequestResult Execute(string? directory)
    {
        var project = ProjectDirectory.Open(context, directory);
        var repository = project.Repository ?? Repository.Require(project.Root, context.Environment);
        var config = ConfigLoader.Load(project.Root);
        var component = ComponentResolver.Single(config);
        var git = repository.Git;
        var branch = new WorkTreeReader(git).CurrentBranch() ?? throw Messages.PullRequestNeedsBranch();

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

        var planner = new ReleasePlanner(context, releaseOptions);
        var plan = planner.Build(directory, Progress);
        if (plan.CommitPaths.Count == 0)
        {
            throw Messages.PullRequestAlreadyMerged(plan.Version.ToString(), branch);
        }

        var location = PublishRun.Locate(repository, config);
        PullRequestClients.CheckSupported(location, config.Pr);

        var token = ForgeTokens.Resolve(location.Kind, context.GetEnvironment);
        var head = ReleasePullRequests.HeadBranch(config.Pr.Branch, branch);
        if (head == branch)
        {
            throw Messages.PullRequestBranchIsBase(head);
        }

        var settings = PublishRun.Settings(context, new PublishOptions(null, false, null, options.DryRun, options.Verbose));
        using var connection = ForgeConnection.Open(location, token, settings, $"steward/{ToolVersion.Current}");
        var client = PullRequestClients.For(connection, location);
        var pushed = false;
        try
        {
            var pulls = client.FindByHeadAsync(head, CancellationToken.None).GetAwaiter().GetResult();
            var existing = ReleasePullRequests.FindOpen(pulls, head, branch);
            var baseSha = new WorkTreeReader(git).HeadSha()!;
            var remote = config.Release.Remote;
            var state = ReleaseBranchInspector.Read(git, remote, head, baseSha, existing?.Marker);
            var commit = Build(context, git, plan, component, baseSha, head, state);
            var reader = new ReleaseBranchReader(git);
            var upToDate = state.Tip is not null && state.PreviousBase == baseSha && reader.Tree(commit) == reader.Tree(state.Tip);
            var tip = upToDate ? state.Tip! : commit;
            var execution = Steps(git, remote, head, commit, state.Tip, upToDate);
            var wanted = Wanted(config, git, plan, component, branch, head, baseSha, tip);
            var action = ReleasePullRequests.Decide(existing, wanted);
            var result = new PullRequestResult(plan.Version.ToString(), plan.Tag, baseSha, branch, head, tip, upToDate, execution, action, existing, wanted, [], options.DryRun)
            {
                Replayed = state.HumanCommits,
            };
            if (options.DryRun)
            {
                var calls = client.Http.Calls.ToList();
                if (action != PullRequestAction.None)
                {
                    calls.Add(client.PlannedWrite(existing));
                    calls.Add(client.PlannedLabels(existing));
                }

                if (config.Pr.Dispatch is { } workflow && (!upToDate || action != PullRequestAction.None))
                {
                    calls.Add(client.PlannedDispatch(workflow));
                }

                return result with { Calls = calls };
            }

            if (execution.Steps.Count > 0)
            {
                pushed = PlanRun.Executor(context, project.Root, git).Apply(execution, plan.Version.ToString(), new Dictionary<string, string>()).Pushed;
            }

            return Reconcile(client, config.Pr, result with { Pushed = pushed });
        }
        catch (ForgeHttpException e)
        {
            var failure = ForgeFailures.Word(e, client.Name, location, token, (int)settings.CallTimeout.TotalSeconds);
            throw pushed ? Messages.PullRequestNotOpened(head, failure.Message) : failure;
        }
    }

    /// <summary>The release commit on the base and the human commits replayed on it: the tip the branch should have.</summary>
    private static string Build(CommandContext context, GitRunner git, ReleasePlan plan, Component component, string baseSha, string head, ReleaseBranchState state)
    {
        // VERSION raised by hand and not committed is the release's too (as release commits it).
        var edits = plan.Edits.Where(e => e.Changes || plan.HandEditedPaths.Contains(e.RelativePath)).Select(e => e with { OldText = null }).ToList();
        using var builder = ReleaseBranchBuilder.Open(git, context.Environment, baseSha);
        builder.Commit(edits, ReleaseBaseTrailer.AppendTo(plan.CommitMessage, baseSha));
        var replayed = builder.Replay(state.HumanCommits);
        if (replayed.Applied)
        {
            return replayed.Tip!;
        }

        var failed = replayed.FailedCommit!;
        throw replayed.Conflicts.Contains(component.ChangelogFile, StringComparer.Ordinal)
            ? Messages.PullRequestChangelogConflict(head, failed, component.ChangelogFile)
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

    /// <summary>The pull request as wanted: the title from pr.title, the notes as the branch's CHANGELOG.md has them (a human's edit included), the marker.</summary>
    private static WantedPullRequest Wanted(StewardConfig config, GitRunner git, ReleasePlan plan, Component component, string branch, string head, string baseSha, string tip)
    {
        var changelog = new ReleaseRangeReader(git).ReadCommittedFile(tip, component.ChangelogFile);
        var notes = changelog is not null && ChangelogEntryNotes.Find(changelog, plan.Version) is { Length: > 0 } entry ? entry : plan.Notes;
        var body = ReleasePullRequests.Body(notes, new ReleaseMarker(baseSha, plan.Version.ToString(), tip));
        var title = ReleasePullRequests.Title(config.Pr.Title, branch, plan.Version.ToString(), plan.Tag);
        return new WantedPullRequest(head, branch, title, body);
    }

    /// <summary>The forge's part, done only where it differs: create or update, the pending label, the workflow.</summary>
    private static PullRequestResult Reconcile(IPullRequestClient client, PullRequestConfig config, PullRequestResult result)
    {
        var pull = result.Action switch
        {
            PullRequestAction.Create => client.CreateAsync(result.Wanted, CancellationToken.None).GetAwaiter().GetResult(),
            PullRequestAction.Update => client.UpdateAsync(result.PullRequest!, result.Wanted, CancellationToken.None).GetAwaiter().GetResult(),
            _ => result.PullRequest!,
        };
        var changed = result.Pushed || result.Action != PullRequestAction.None;

        // Information for people, set when the pull request is made or changed: a label a human took off an unchanged
        // pull request stays off, and nothing depends on it.
        var label = changed && !pull.Labels.Contains(config.Labels.Pending, StringComparer.Ordinal);
        if (label)
        {
            client.AddLabelsAsync(pull, [config.Labels.Pending], CancellationToken.None).GetAwaiter().GetResult();
        }

        var dispatch = changed && config.Dispatch is not null;
        if (dispatch)
        {
            client.DispatchAsync(config.Dispatch!, result.HeadBranch, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result with { PullRequest = pull, Calls = client.Http.Calls, Labelled = label, Dispatched = dispatch };
    }
}

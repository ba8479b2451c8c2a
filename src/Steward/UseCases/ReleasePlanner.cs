using Steward.Changelog;
using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Commits;
using Steward.Core.Components;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Core.Planning;
using Steward.Core.Propagation;
using Steward.Core.Versioning;
using Steward.Engine;
using Steward.Git;
using Steward.Propagation;
using Steward.Releasing;
using Steward.Workspace;

namespace Steward.UseCases;

/// <summary>
/// Builds a release plan from the repository as it is: the preflight checks, the version, VERSION and every target
/// rewritten, the changelog and the notes. It reads the release range, VERSION and the changelog once each, and only
/// reads; applying is the executor's.
/// </summary>
internal sealed class ReleasePlanner(CommandContext context, ReleaseOptions options)
{
    public string Root { get; private set; } = string.Empty;

    public StewardConfig Config { get; private set; } = new();

    public Repository Repository { get; private set; } = null!;

    public ReleasePlan Build(string? directory, TextWriter progress)
    {
        var project = ProjectDirectory.Open(context, directory);
        Repository = project.Repository ?? Repository.Require(project.Root, context.Environment);
        if (Repository.IsBare)
        {
            throw Messages.ReleaseNeedsWorkTree(Repository.Root);
        }

        Root = project.Root;
        Config = ConfigLoader.Load(Root);
        var component = ComponentResolver.Single(Config);
        var git = Repository.Git;
        var preflight = new ReleasePreflight(git, Config.Release, progress);
        var reader = new WorkTreeReader(git);

        // A freeze refuses the release before anything is written (the fetch of the checks below included).
        var current = reader.CurrentBranch();
        var freeze = FreezeGate.Enforce(context, Root, git, new FreezeRequest(current is null ? options.Verb : $"{options.Verb} on '{current}'", [current], component.Name, options.FreezeOverrideReason), progress);
        var branch = preflight.CheckRepository(options, component.VersionFile);

        // Read first: a VERSION that is a link is refused before anything is read through it, in those words.
        var versionFile = project.TryReadVersionFile(component);

        ComponentReleaseFiles.RefuseUnwritable(Root, component);
        var scope = HistoryScope.Read(project, Repository, Config, component);
        var request = VersionRequest.Parse(options.Bump, options.As, options.Pre) with { Branch = branch, Written = versionFile?.Version.ToSemVer() };
        var decision = NextVersionDecider.Decide(scope, request);
        var version = decision.Next.Version ?? throw Messages.NothingToRelease(decision.Next.NothingReason);
        var (tag, edits) = ComponentReleaseFiles.Plan(Root, git, component, version, versionFile, scope, preflight);

        var previous = scope.Range.ReachableTags.MaxBy(t => t.Version)?.Version;
        var prNotes = PullRequestNotesSources.Resolve(options.PrNotes, Config.Notes.PrNotes);
        var notes = ReleaseNotesPart.Plan(context, Root, Repository, component, scope.Range, version, edits, progress,
            describe: range => PullRequestNotesFromForge.Apply(context, Repository, Config, component.Merges, range, prNotes));
        var message = CommitMessageTemplate.Render(Config.Release.CommitMessage, version.ToString(), tag, previous?.ToString());
        message = freeze?.AppendTo(message) ?? message;

        // A release that will publish is refused now when its publishing can never work (no token, a draft the forge
        // cannot keep), before the blocker check below asks the forge anything.
        if (options.Publish)
        {
            PublishRun.Target(context, Repository, Config, draftOption: false);
        }

        // Last of the checks: the one that asks the forge runs once everything local is known to be right. A dry run
        // calls no forge (it prints the plan of a repository as it is).
        var blockers = options.DryRun ? null : ReleaseBlockerCheck.Enforce(context, Repository, Config, options.IgnoreBlockersReason, progress);
        if (!options.DryRun)
        {
            RequiredChecksGate.Enforce(context, Repository, Config, scope.Range.To, progress);
        }

        message = blockers?.AppendTo(message) ?? message;
        var plan = new ReleasePlan(
            version,
            previous,
            tag,
            decision.Reason!,
            branch,
            Config.Release.Gates,
            edits,
            message,
            notes,
            Config.Release.Sign,
            options.Push || Config.Release.Push,
            Config.Release.Remote,
            Config.Release.Hooks)
        {
            HandEditedPaths = reader.Status().Any(e => e.Path == component.VersionFile) ? [component.VersionFile] : [],
            TagMessageTemplate = Config.Release.TagMessage,
            FreezeOverride = freeze,
            BlockerOverride = blockers,
        };

        // Nothing to commit: HEAD carries the release already (a merged release pull request); commits that landed after
        // the pull request was last built are not in its notes.
        return plan.CommitPaths.Count > 0 || options.Verb != "release"
            ? plan
            : plan with { MergedPullRequestBase = MergedReleaseCheck.Check(git, scope.Range, component, branch, options.AllowUnlisted, progress) };
    }
}

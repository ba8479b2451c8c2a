using Steward.Changelog;
using Steward.Cli;
using Steward.Configuration;
using Steward.Core.Changelog;
using Steward.Core.Commits;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Core.Forge;
using Steward.Core.Freeze;
using Steward.Core.Planning;
using Steward.Core.Propagation;
using Steward.Core.Propagation.Dependencies;
using Steward.Core.Versioning;
using Steward.Engine;
using Steward.Git;
using Steward.Propagation;
using Steward.Releasing;
using Steward.Workspace;

namespace Steward.UseCases;

/// <summary>
/// Builds the release of every component of a monorepo that has something to release (or of those --component names):
/// the versions from one history walk (<see cref="ComponentVersions"/>), then for each component what a one-component
/// release plans (VERSION, targets, changelog, notes, its tag), and one engine plan over all of them. Only reads.
/// </summary>
internal sealed class MonorepoReleasePlanner(CommandContext context, ReleaseOptions options)
{
    /// <summary>GitHub sends no push event for a push of more than three tags.</summary>
    public const int TagsGitHubAnnounces = 3;

    // What the run's commit and tags record: a freeze's and the blocker check's overrides.
    private (FreezeOverride? Freeze, BlockerOverride? Blockers) overrides;

    // --pr-notes api: what the forge said of each pull request, shared by every component of the run, so that a pull
    // request touching two components is asked for once (and a missing token or a 404 is one warning).
    private readonly PullRequestDescriptionCache descriptions = new();

    public string Root { get; private set; } = string.Empty;

    public StewardConfig Config { get; private set; } = new();

    public Repository Repository { get; private set; } = null!;

    public MonorepoReleasePlan Build(ProjectDirectory project, StewardConfig config, TextWriter progress)
    {
        Repository = project.Repository ?? Repository.Require(project.Root, context.Environment);
        if (Repository.IsBare)
        {
            throw Messages.ReleaseNeedsWorkTree(Repository.Root);
        }

        foreach (var (given, option) in new (string? Value, string Option)[] { (options.Bump, "--bump"), (options.As, "--as"), (options.Pre, "--pre") })
        {
            if (given is not null)
            {
                throw Messages.MonorepoOptionUnsupported(option);
            }
        }

        Root = project.Root;
        Config = config;
        var components = ComponentResolver.Resolve(Config);
        var known = components.Select(c => c.Name).ToList();
        foreach (var name in options.Components.Where(n => !known.Contains(n)))
        {
            throw Messages.UnknownComponentOption(name, known);
        }

        var git = Repository.Git;
        var preflight = new ReleasePreflight(git, Config.Release, progress);

        // In a monorepo no VERSION may be raised by hand: each component's version is decided for it.
        var branch = preflight.CheckRepository(options, string.Empty);
        var history = MonorepoHistory.Read(project, Repository, Config, components);
        var decided = ComponentVersions.Decide(history, Config);
        bool Named(ComponentRelease r) => options.Components.Count == 0 || options.Components.Contains(r.Component.Name);

        // A merged release pull request: HEAD carries those components' versions already, and only they are tagged.
        var carried = Carried(decided).Where(Named).ToList();
        var releasing = carried.Count > 0 ? carried : decided.Where(r => r.Releases && Named(r)).ToList();
        if (releasing.Count == 0)
        {
            throw Messages.NothingToReleaseInComponents(options.Components.Count == 0 ? decided.Count : options.Components.Count);
        }

        // A freeze refuses the release before anything is written. A window may name components, so each one that
        // would release is asked; an override is recorded once, in the commit and in every tag.
        FreezeOverride? freeze = null;
        foreach (var release in releasing)
        {
            var request = new FreezeRequest($"release of {release.Component.Name} on '{branch}'", [branch], release.Component.Name, options.FreezeOverrideReason);
            freeze = FreezeGate.Enforce(context, Root, git, request, progress) ?? freeze;
        }

        // A cascade writes each releasing dependency's new version where a releasing dependent's files record it.
        var dependencies = new DependencyWrites(Root, TrackedFiles.List(git));
        var released = releasing.ToDictionary(r => r.Component.Name, StringComparer.Ordinal);
        IReadOnlyList<DependencyVersion> DependenciesOf(ComponentRelease release) =>
        [
            .. release.Component.DependsOn.Where(released.ContainsKey).Select(d => released[d])
                .Select(d => new DependencyVersion(d.Component.Name, dependencies.NamesOf(d.Component), d.Version!)),
        ];
        var parts = releasing.Select(r => new MonorepoReleasePart(r, Plan(project, r, branch, preflight, progress, dependencies, DependenciesOf(r)))).ToList();
        var commits = parts.Any(p => p.Plan.CommitPaths.Count > 0);
        if (!commits && options.Verb == "release")
        {
            // Nothing to commit: commits that landed after the pull request was last built are not in its notes.
            foreach (var part in parts)
            {
                MergedReleaseCheck.Check(git, part.Release.Scope.Range, part.Release.Component, branch, options.AllowUnlisted, progress, part.Release.Scope.Range.Commits);
            }
        }

        // Last of the checks, as for one component: a publish that can never work is refused first, then what asks the
        // forge (blockers, required checks of HEAD) runs once everything local is known to be right; a dry run asks nothing.
        if (options.Publish)
        {
            PublishRun.Target(context, Repository, Config, draftOption: false);
        }

        var blockers = options.DryRun ? null : ReleaseBlockerCheck.Enforce(context, Repository, Config, options.IgnoreBlockersReason, progress);
        if (!options.DryRun)
        {
            RequiredChecksGate.Enforce(context, Repository, Config, releasing[0].Scope.Range.To, progress);
        }

        var warnings = new List<string>();
        var push = options.Push || Config.Release.Push;
        var perPush = Config.Release.TagsPerPush > 0 ? Config.Release.TagsPerPush : parts.Count;
        if (push && Math.Min(perPush, parts.Count) > TagsGitHubAnnounces)
        {
            warnings.Add(Messages.ManyTagsInOnePush(Math.Min(perPush, parts.Count), TagsGitHubAnnounces));
        }

        overrides = (freeze, blockers);
        return new MonorepoReleasePlan(parts, Steps(parts, branch, push), warnings) { Carried = !commits };
    }

    /// <summary>
    /// The release commit's message for <paramref name="parts"/> (all of a release's, or one unit's of a split release
    /// pull request): release.commitMessage with each component's version and tag, a freeze or blocker override recorded.
    /// </summary>
    public string CommitMessage(IReadOnlyList<MonorepoReleasePart> parts)
    {
        var versions = string.Join(", ", parts.Select(p => $"{p.Release.Component.Name} {p.Plan.Version}"));
        var rendered = CommitMessageTemplate.Render(Config.Release.CommitMessage, versions, string.Join(", ", parts.Select(p => p.Plan.Tag)), null);
        return Overrides(rendered, overrides.Freeze, overrides.Blockers);
    }

    /// <summary>
    /// The components whose VERSION, as committed, is above their last release: a merged release pull request (or a
    /// hand-raised VERSION) brought their release in, and that version is the one released, as for one component.
    /// </summary>
    private static List<ComponentRelease> Carried(IReadOnlyList<ComponentRelease> decided)
    {
        var carried = new List<ComponentRelease>();
        foreach (var release in decided)
        {
            // As committed at HEAD: what is tagged is the commit, never the work tree (--allow-dirty).
            var scope = release.Scope;
            var highest = scope.Range.ReachableTags.MaxBy(t => t.Version);
            var text = highest is null ? null : scope.Reader.ReadCommittedFile(scope.Range.To, release.Component.VersionFile);
            var written = text is null ? null : VersionFile.Parse($"{release.Component.VersionFile} (at {scope.Range.To[..7]})", text).Version.ToSemVer().WithBuild([]);
            if (highest is null || written is null || SemanticVersion.ComparePrecedence(written, highest.Version) <= 0)
            {
                continue;
            }

            carried.Add(release with { Version = written, Why = [$"VERSION carries {written} already (last release {highest.Name}): a merged release pull request"] });
        }

        return carried;
    }

    /// <summary>One component's part, as a one-component release plans it.</summary>
    private ReleasePlan Plan(
        ProjectDirectory project, ComponentRelease release, string branch, ReleasePreflight preflight, TextWriter progress, DependencyWrites writes, IReadOnlyList<DependencyVersion> dependencies)
    {
        var component = release.Component;
        var version = release.Version!;
        var versionFile = project.TryReadVersionFile(component);
        ComponentReleaseFiles.RefuseUnwritable(Root, component);
        var scope = release.Scope;
        var (tag, edits) = ComponentReleaseFiles.Plan(Root, Repository.Git, component, version, versionFile, scope, preflight);
        writes.Plan(component, dependencies, edits);

        var prNotes = PullRequestNotesSources.Resolve(options.PrNotes, Config.Notes.PrNotes);
        Func<ReleaseRange, ReleaseRange>? describe = prNotes == PullRequestNotesSource.Api
            ? range => range with { Commits = PullRequestNotesFromForge.Apply(context, Repository, Config, component.Merges, range.Commits, descriptions) }
            : null;
        var notes = ReleaseNotesPart.Plan(context, Root, Repository, component, scope.Range, version, edits, progress,
            [.. dependencies.Select(d => new DependencyUpdate(d.Component, d.Version.ToString()))], describe);
        var settings = Config.Release;
        return new ReleasePlan(
            version,
            release.Previous,
            tag,
            string.Join("; ", release.Why),
            branch,
            settings.Gates,
            edits,
            string.Empty,
            notes,
            settings.Sign,
            options.Push || settings.Push,
            settings.Remote,
            settings.Hooks)
        {
            TagMessageTemplate = settings.TagMessage,
        };
    }

    /// <summary>Gates, every component's file writes, one commit, one annotated tag per component, one atomic push.</summary>
    private ExecutionPlan Steps(List<MonorepoReleasePart> parts, string branch, bool push)
    {
        var release = Config.Release;
        var (freeze, blockers) = overrides;
        var tags = parts.Select(p => p.Plan.Tag).ToList();
        var message = CommitMessage(parts);
        var steps = new List<PlanStep>();
        steps.AddRange(release.Gates.Select(g => new CommandStep(CommandStepPhase.Gate, g)));
        steps.AddRange(parts.SelectMany(p => p.Plan.Edits).Where(e => e.Changes).Select(FileWriteStep.From));
        var paths = parts.SelectMany(p => p.Plan.CommitPaths).Distinct(StringComparer.Ordinal).ToList();
        if (paths.Count > 0)
        {
            steps.AddRange(release.Hooks.BeforeCommit.Select(h => new CommandStep(CommandStepPhase.BeforeCommit, h)));
            steps.Add(new GitStep(GitStepRole.Stage, GitWrites.Add(paths)));
            steps.Add(new GitStep(GitStepRole.Commit, GitWrites.Commit(message, paths)));
        }

        steps.AddRange(parts.Select(p => new GitStep(GitStepRole.Tag, GitWrites.TagFromInput(p.Plan.Tag, release.Sign), Overrides(p.Plan.TagMessage, freeze, blockers))));
        if (push)
        {
            // release.tagsPerPush: the branch and the first batch atomically (the point of no return), then a push per batch.
            var batches = tags.Chunk(release.TagsPerPush > 0 ? release.TagsPerPush : tags.Count).ToList();
            steps.Add(new GitStep(GitStepRole.Push, GitWrites.PushAtomicTags(release.Remote, branch, batches[0])));
            steps.AddRange(batches.Skip(1).Select(b => new GitStep(GitStepRole.PushTags, GitWrites.PushTags(release.Remote, b))));
        }

        steps.AddRange(release.Hooks.AfterRelease.Select(h => new CommandStep(CommandStepPhase.AfterRelease, h)));
        return new ExecutionPlan("release", steps)
        {
            Tag = tags[0],
            Branch = branch,
            Remote = release.Remote,
            CommitMessage = paths.Count > 0 ? message : null,
        };
    }

    /// <summary>A freeze or blocker override is recorded once in the commit and in every tag, as for one component.</summary>
    private static string Overrides(string message, FreezeOverride? freeze, BlockerOverride? blockers)
    {
        var withFreeze = freeze?.AppendTo(message) ?? message;
        return blockers?.AppendTo(withFreeze) ?? withFreeze;
    }
}

using Steward.Changelog;
using Steward.Cli;
using Steward.Commands;
using Steward.Configuration;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Core.Planning;
using Steward.Core.Propagation;
using Steward.Core.Versioning;
using Steward.Engine;
using Steward.Git;
using Steward.Propagation;
using Steward.Workspace;

namespace Steward.Releasing;

/// <summary>
/// Builds a release plan from the repository as it is: the preflight checks, the version, VERSION and every target
/// rewritten, the changelog and the notes. It only reads; applying is the executor's.
/// </summary>
internal sealed class ReleasePlanner(CommandContext context, ReleaseOptions options)
{
    public string Root { get; private set; } = string.Empty;

    public StewardConfig Config { get; private set; } = new();

    public Repository Repository { get; private set; } = null!;

    public (ReleasePlan Plan, VersionDecision Decision) Build(string? directory, TextWriter progress)
    {
        var project = ProjectDirectory.Open(context, directory);
        Repository = project.Repository ?? Repository.Require(project.Root, context.Environment);
        if (Repository.IsBare)
        {
            throw new StewardException(FailureKind.InvalidInput, $"{Repository.Root} is a bare repository; steward release needs a work tree");
        }

        Root = project.Root;
        Config = ConfigLoader.Load(Root);
        var git = Repository.Git;
        var preflight = new ReleasePreflight(git, Config.Release, progress);
        var reader = new WorkTreeReader(git);
        var branch = preflight.CheckRepository(options);

        // Read first: a VERSION that is a link is refused before anything is read through it, in those words.
        var versionFile = project.TryReadVersionFile();

        // VERSION and the changelog are rewritten by the release: a directory or read-only file there is refused now,
        // before any step runs, rather than half-way through.
        RepositoryGuards.RefuseUnwritable(Root, VersionFile.FileName, VersionFile.FileName);
        RepositoryGuards.RefuseUnwritable(Root, Config.Changelog.File, ChangelogPlanner.ChangelogKey);
        var rangeReader = new ReleaseRangeReader(git);
        var scope = new HistoryScope(project, Repository, Config, Config.TagPrefix, rangeReader, rangeReader.Read(Config.TagPrefix));
        var decision = Flow.MaintenanceRelease.TryDecide(scope, branch, options)
            ?? ReleaseVersionDecider.Decide(scope, versionFile?.Version.ToSemVer(), options);
        var tag = VersionConverter.ToGitTag(decision.Version, Config.TagPrefix);
        RepositoryGuards.RefuseInvalidTag(reader, tag, Config.TagPrefix);
        preflight.CheckTag(tag);

        var targets = TargetFinder.Find(Root, git, Config);
        CheckDrift(rangeReader, scope.Range.To, versionFile, targets, Config.TagPrefix);

        var edits = new List<PlannedFileEdit>();
        var versionText = versionFile is null
            ? VersionFile.Render(ParsedVersion.FromSemVer(decision.Version))
            : VersionFile.Render(versionFile.Version.With(decision.Version), versionFile.Newline);
        var versionPath = Path.Combine(Root, VersionFile.FileName);
        edits.Add(new PlannedFileEdit(VersionFile.FileName, File.Exists(versionPath) ? File.ReadAllText(versionPath) : null, versionText));
        var sources = targets.Sources.ToDictionary(s => s.Path, StringComparer.Ordinal);
        foreach (var file in Propagator.Plan(targets.Files, decision.Version, Config.TagPrefix).Where(f => f.Changed))
        {
            edits.Add(new PlannedFileEdit(file.Path, file.OldText, file.NewText, sources[file.Path].Encode(file.NewText)));
        }

        var previous = scope.Range.ReachableTags.MaxBy(t => t.Version)?.Version;
        var initial = versionFile?.Version.ToSemVer() ?? new SemanticVersion(0, 1, 0);
        var notes = ReleaseNotesPart.Plan(context, Root, Repository, Config, decision.Version, initial, edits, progress);
        var message = CommitMessageTemplate.Render(Config.Release.CommitMessage, decision.Version.ToString(), tag, previous?.ToString());
        var plan = new ReleasePlan(
            decision.Version,
            previous,
            tag,
            decision.Reason,
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
            HandEditedPaths = reader.Status().Any(e => e.Path == VersionFile.FileName) ? [VersionFile.FileName] : [],
            TagMessageTemplate = Config.Release.TagMessage,
        };
        return (plan, decision);
    }

    /// <summary>
    /// `steward check` before the release: every target agrees with the VERSION the last commit holds. A VERSION
    /// raised by hand and not yet propagated is the normal flow, so the committed VERSION is the reference. Also used by
    /// flow's finishes.
    /// </summary>
    internal static void CheckDrift(ReleaseRangeReader reader, string head, VersionFile? versionFile, TargetSet targets, string tagPrefix)
    {
        var committed = reader.ReadCommittedFile(head, VersionFile.FileName);
        var reference = committed is null ? versionFile : VersionFile.Parse($"{VersionFile.FileName} (committed)", committed);
        if (reference is null)
        {
            return;
        }

        var drift = Propagator.Check(targets.Files, reference.Version.ToSemVer(), tagPrefix).Where(d => !d.Agrees).ToList();
        if (drift.Count > 0)
        {
            var first = drift[0];
            throw new StewardException(FailureKind.OperationFailed,
                $"version drift: {first.Path}:{first.Slot.Line}: found {first.Slot.Found}, expected {first.Expected}{(drift.Count > 1 ? $" (and {drift.Count - 1} more)" : string.Empty)}; run 'steward check' to see all, 'steward propagate' to fix");
        }
    }
}

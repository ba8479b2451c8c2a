using Steward.Changelog;
using Steward.Core.Components;
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
/// What a release checks and writes for one component, the same for a one-component release and for each component of
/// a monorepo's: VERSION and the changelog writable, the tag a valid and free ref, the version targets agreeing with
/// VERSION as committed, and the file edits (VERSION in its own style, then every version target).
/// </summary>
internal static class ComponentReleaseFiles
{
    /// <summary>
    /// VERSION and the changelog are rewritten by the release: a directory or read-only file there is refused now,
    /// before any step runs, rather than half-way through.
    /// </summary>
    public static void RefuseUnwritable(string root, Component component)
    {
        RepositoryGuards.RefuseUnwritable(root, component.VersionFile, component.VersionFile);
        RepositoryGuards.RefuseUnwritable(root, component.ChangelogFile, ChangelogPlanner.ChangelogKey);
    }

    /// <summary>The release tag of <paramref name="version"/>, checked (a valid ref name, free here and on the remote), and the files it writes.</summary>
    /// <param name="versionFile">VERSION as the release read it; null when there is none yet.</param>
    public static (string Tag, List<PlannedFileEdit> Edits) Plan(
        string root, GitRunner git, Component component, SemanticVersion version, VersionFile? versionFile, HistoryScope scope, ReleasePreflight preflight)
    {
        var tag = component.TagOf(version);
        RepositoryGuards.RefuseInvalidTag(new WorkTreeReader(git), tag, component.TagPrefix);
        preflight.CheckTag(tag);

        var targets = TargetFinder.Find(root, git, component);
        CommittedDrift.Refuse(scope.Reader, scope.Range.To, component, versionFile, targets);
        var versionText = versionFile is null
            ? VersionFile.Render(ParsedVersion.FromSemVer(version))
            : VersionFile.Render(versionFile.Version.With(version), versionFile.Newline);
        var edits = new List<PlannedFileEdit> { new(component.VersionFile, versionFile?.Text, versionText) };
        var sources = targets.Sources.ToDictionary(s => s.Path, StringComparer.Ordinal);
        foreach (var file in Propagator.Plan(targets.Files, version, component.TagPrefix).Where(f => f.Changed))
        {
            edits.Add(new PlannedFileEdit(file.Path, file.OldText, file.NewText, sources[file.Path].Encode(file.NewText)));
        }

        return (tag, edits);
    }
}

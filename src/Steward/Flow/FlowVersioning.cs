using Steward.Core.Commits;
using Steward.Core.Errors;
using Steward.Core.Propagation;
using Steward.Core.Versioning;
using Steward.Git;
using Steward.Propagation;
using Steward.Workspace;

namespace Steward.Flow;

/// <summary>The version arithmetic of the flow verbs, on top of history's next-version computation.</summary>
internal static class FlowVersioning
{
    /// <summary>The next version at HEAD from the commits since the last release (history's rules), or as forced.</summary>
    public static (SemanticVersion Version, string Why) NextAtHead(FlowSession session, string? channel, BumpLevel? level, SemanticVersion? forced)
    {
        var prefix = session.Config.TagPrefix;
        var reader = new ReleaseRangeReader(session.Git);
        var range = reader.Read(prefix);
        var policy = new BumpPolicy(session.Config.Commits);
        var decision = BumpDecider.Decide(range.Commits, policy);
        var allTags = new TagReader(session.Git).ReadVersionTags(prefix);
        var initial = session.Project.TryReadVersionFile()?.Version.ToSemVer() ?? new SemanticVersion(0, 1, 0);
        var latestPrerelease = range.ReachableTags
            .Where(t => t.IsPrerelease && (range.BaseVersion is null || SemanticVersion.ComparePrecedence(t.Version, range.BaseVersion) > 0))
            .MaxBy(t => t.Version);
        var since = latestPrerelease is null ? null : reader.ShasSince(latestPrerelease.Sha, range.To);
        var request = new NextVersionRequest(range.BaseVersion, initial, decision, range.ReachableTags, allTags, channel, level, forced, since);
        var next = NextVersionCalculator.Calculate(request, policy, prefix);
        if (next.Version is null)
        {
            throw new StewardException(FailureKind.NothingToRelease, $"nothing to release: {next.NothingReason}");
        }

        var why = next.Source switch
        {
            NextVersionSource.ForcedVersion => "as given with --as",
            NextVersionSource.ForcedLevel => $"{Level(next.Level)} bump forced with --bump",
            NextVersionSource.FirstRelease => "first release, from VERSION",
            _ => $"{Level(next.Level)} bump from {decision.Commits.Count} commit{(decision.Commits.Count == 1 ? string.Empty : "s")} since {prefix}{range.BaseVersion}",
        };
        return (next.Version, why);
    }

    /// <summary>The release a hotfix leads to: the latest release on <paramref name="main"/> plus a patch, skipping tagged versions.</summary>
    public static (VersionTag Base, SemanticVersion Version) NextHotfix(FlowSession session, string main)
    {
        var prefix = session.Config.TagPrefix;
        var tags = new TagReader(session.Git).ReadVersionTags(prefix);
        var onMain = new TagReader(session.Git).ReadVersionTags(prefix, "refs/heads/" + main);
        var last = onMain.LastOrDefault(t => !t.IsPrerelease)
            ?? throw new StewardException(FailureKind.InvalidInput, $"no release tag ({prefix}X.Y.Z) on {main}; there is no release to hotfix yet");
        var version = VersionIncrement.Bump(last.Version.Core, BumpLevel.Patch);
        while (tags.Any(t => SemanticVersion.ComparePrecedence(t.Version.Core, version) == 0))
        {
            version = VersionIncrement.Bump(version, BumpLevel.Patch);
        }

        return (last, version);
    }

    /// <summary>The version a release or hotfix branch stands for: VERSION as committed on it, else its name after the prefix.</summary>
    public static SemanticVersion OfBranch(BranchOperations branches, string branch, string prefix)
    {
        if (branches.ReadCommittedFile("refs/heads/" + branch, VersionFile.FileName) is { } text)
        {
            return VersionFile.Parse($"{branch}:{VersionFile.FileName}", text).Version.ToSemVer();
        }

        var name = branch[prefix.Length..];
        return SemanticVersion.TryParse(name, out var version)
            ? version!
            : throw new StewardException(FailureKind.InvalidInput, $"{branch}: has no VERSION file and '{name}' is not a version; write the version into VERSION on the branch");
    }

    /// <summary>
    /// Writes VERSION in the style the file already has (a 'v', PEP 440) and propagates it into every version target
    /// (steward propagate's detection and steward.yml targets), all files at once, and commits them. Returns the paths
    /// written; empty when everything already said so.
    /// </summary>
    public static IReadOnlyList<string> WriteAndCommit(FlowSession session, SemanticVersion version, string message)
    {
        var project = session.Project;
        var current = project.TryReadVersionFile();
        var style = project.TryReadVersionFileLeniently();
        var parsed = current?.Version.Scheme == VersionScheme.Pep440
            ? ParsedVersion.FromPep440(VersionConverter.ToPep440(version), style?.HasVPrefix == true)
            : ParsedVersion.FromSemVer(version, style?.HasVPrefix == true);
        var edits = new List<FileEdit>();
        if (current is null || current.Version.ToString() != parsed.ToString())
        {
            edits.Add(new FileEdit(VersionFile.FileName, System.Text.Encoding.UTF8.GetBytes(VersionFile.Render(parsed, style?.Newline ?? "\n"))));
        }

        var targets = TargetFinder.Find(project.Root, session.Git, session.Config);
        var sources = targets.Sources.ToDictionary(s => s.Path, StringComparer.Ordinal);
        foreach (var file in Propagator.Plan(targets.Files, version, session.Config.TagPrefix).Where(f => f.Changed))
        {
            edits.Add(new FileEdit(file.Path, sources[file.Path].Encode(file.NewText)));
        }

        if (edits.Count == 0)
        {
            return [];
        }

        AtomicFileWriter.WriteAll(project.Root, edits);
        var paths = edits.Select(e => e.RelativePath).ToList();
        session.Branches.CommitFiles(message, paths);
        return paths;
    }

    private static string Level(BumpLevel level) => level.ToString().ToLowerInvariant();
}

using Steward.Core.Commits;
using Steward.Core.Errors;
using Steward.Core.Flow;
using Steward.Core.Planning;
using Steward.Core.Versioning;
using Steward.Flow;
using Steward.Git;

namespace Steward.UseCases;

/// <summary>
/// The one place that decides the next version of a component, for every verb that asks (next, release, changelog,
/// notes): on a maintenance branch within its line; VERSION when a release finds it raised by hand above every release
/// tag; else forced (--as, --bump) or from the Conventional Commits since the last release, above retracted versions.
/// </summary>
internal static class NextVersionDecider
{
    public static NextVersionDecision Decide(HistoryScope scope, VersionRequest request)
    {
        var policy = new BumpPolicy(scope.Config.Commits);
        var commits = BumpDecider.Decide(scope.Range.Commits, policy);
        return WithinMaintenanceLine(scope, request, commits)
            ?? RaisedByHand(scope, request, commits)
            ?? FromCommits(scope, request, commits, policy);
    }

    /// <summary>
    /// The version the unreleased commits are written as (changelog, notes): the next version on the branch checked out.
    /// Nothing releasable is exit 3, saying how to name a version instead.
    /// </summary>
    public static SemanticVersion ForUnreleased(HistoryScope scope)
    {
        // The branch matters only on a maintenance branch: git is asked for its name only when a pattern could match it.
        var maintenance = scope.Config.Flow.Maintenance;
        var branch = new WorkTreeReader(scope.Repository.Git).CurrentBranch(scope.Repository.Head, b => maintenance.Any(p => MaintenanceLine.CouldMatch(b, p)));
        var next = Decide(scope, new VersionRequest { Branch = branch }).Next;
        return next.Version ?? throw Messages.NothingForChangelog(next.NothingReason);
    }

    /// <summary>
    /// The version `flow release start` opens a release branch for, decided at <paramref name="at"/> (develop, checked
    /// out for planning) as every verb decides it. Retractions count from main too: steward rollback records them there,
    /// and develop knows them only once main is merged back.
    /// </summary>
    public static (SemanticVersion Version, string Why) ForReleaseStart(FlowSession at, VersionRequest request)
    {
        var scope = HistoryScope.Read(at.Project, at.Repository, at.Config, Configuration.ComponentResolver.Single(at.Config));
        var decision = Decide(scope, request with { RetractionsAlsoAt = at.Branches.BranchSha(at.Flow.Branches.Main) });
        return decision.Next.Version is { } version ? (version, decision.Reason!) : throw Messages.NothingToRelease(decision.Next.NothingReason);
    }

    /// <summary>A maintenance branch (release/1.x) releases within its line, from the commits since the line's last release.</summary>
    private static NextVersionDecision? WithinMaintenanceLine(HistoryScope scope, VersionRequest request, BumpDecision commits)
    {
        var flow = scope.Config.Flow;
        if (request.Branch is not { } branch || MaintenanceLine.Match(branch, flow.Maintenance) is not { } line)
        {
            return null;
        }

        var range = scope.Range;
        var level = request.Bump ?? commits.Level;
        var patchOnly = flow.PatchOnly.Any(p => p == branch || BranchPattern.Matches(p, branch));
        var version = MaintenanceVersioning.Next(line, level, patchOnly, range.ReachableTags, range.AllTags, scope.TagPrefix, request.As);
        if (request.Pre is { } channel)
        {
            version = NextVersionCalculator.Prerelease(version, channel, range.AllTags, scope.TagPrefix);
        }

        var why = request.As is not null
            ? $"forced with --as, within maintenance line {line.Name}"
            : $"{BumpLevelWords.Of(level)}{(request.Bump is null ? string.Empty : " (forced with --bump)")} within maintenance line {line.Name}"
                + $"{(patchOnly && level == BumpLevel.Minor ? ", pinned to patches" : string.Empty)}, from {range.Commits.Count} commits since {range.LastRelease?.Name}";
        return new NextVersionDecision(commits, new NextVersion(version, commits.Level, NextVersionSource.Commits, null), why, MaintenanceLine: true);
    }

    /// <summary>VERSION raised by hand above every release tag (committed or not: edit VERSION, run release) is the release.</summary>
    private static NextVersionDecision? RaisedByHand(HistoryScope scope, VersionRequest request, BumpDecision commits)
    {
        var highestTag = scope.Range.ReachableTags.MaxBy(t => t.Version);
        if (request.As is not null || request.Bump is not null || request.Written is not { } written || highestTag is null
            || SemanticVersion.ComparePrecedence(written, highestTag.Version) <= 0)
        {
            return null;
        }

        var target = request.Pre is null || written.IsPrerelease
            ? written.WithBuild([])
            : NextVersionCalculator.Prerelease(written.Core, request.Pre, scope.Range.AllTags, scope.TagPrefix);

        // The retracted version's tag is gone, so VERSION set back to it would be "above the last tag".
        var changelog = scope.Component.ChangelogFile;
        RetractedVersions.RequireNotRetracted(RetractedVersions.At(scope.Reader, scope.Range.To, changelog), target, changelog);
        var reason = $"VERSION was raised by hand to {written} (last release {highestTag.Name})";
        return new NextVersionDecision(commits, new NextVersion(target, commits.Level, NextVersionSource.Commits, null), reason);
    }

    private static NextVersionDecision FromCommits(HistoryScope scope, VersionRequest request, BumpDecision commits, BumpPolicy policy)
    {
        var range = scope.Range;
        var nextRequest = new NextVersionRequest(
            range.BaseVersion,
            range.BaseVersion is null ? InitialVersion(scope, request) : new SemanticVersion(0, 1, 0),
            commits,
            range.ReachableTags,
            request.ForOtherRevision ? range.ReachableTags : range.AllTags,
            request.Pre,
            request.Bump,
            request.As,
            request.Pre is null ? null : ShasSinceLatestPrerelease(scope),
            request.CheckExistingTags,
            Retracted(scope, request));
        var next = NextVersionCalculator.Calculate(nextRequest, policy, scope.TagPrefix);
        return new NextVersionDecision(commits, next, next.Version is null ? null : Reason(scope, commits, next));
    }

    /// <summary>
    /// The first release when there is no tag: VERSION as the verb read it, else as written (from the work tree, or as
    /// committed in a bare repository), or 0.1.0.
    /// </summary>
    private static SemanticVersion InitialVersion(HistoryScope scope, VersionRequest request)
    {
        if (request.Written is { } written)
        {
            return written;
        }

        var component = scope.Component;
        if (!scope.Repository.IsBare)
        {
            return scope.Project.TryReadVersionFile(component)?.Version.ToSemVer() ?? new SemanticVersion(0, 1, 0);
        }

        var text = scope.Reader.ReadCommittedFile(scope.Range.To, component.VersionFile);
        return text is null ? new SemanticVersion(0, 1, 0) : VersionFile.Parse($"{component.VersionFile} (at {scope.Range.To[..7]})", text).Version.ToSemVer();
    }

    /// <summary>The versions retracted in the component's changelog at the range's end, and at the revision the request adds.</summary>
    private static List<SemanticVersion> Retracted(HistoryScope scope, VersionRequest request)
    {
        var changelog = scope.Component.ChangelogFile;
        var retracted = RetractedVersions.At(scope.Reader, scope.Range.To, changelog).ToList();
        if (request.RetractionsAlsoAt is { Length: > 0 } also)
        {
            retracted.AddRange(RetractedVersions.At(scope.Reader, also, changelog));
        }

        return retracted;
    }

    private static IReadOnlySet<string>? ShasSinceLatestPrerelease(HistoryScope scope)
    {
        var range = scope.Range;
        var latest = range.ReachableTags
            .Where(t => t.IsPrerelease && (range.BaseVersion is null || SemanticVersion.ComparePrecedence(t.Version, range.BaseVersion) > 0))
            .MaxBy(t => t.Version);
        return latest is null ? null : scope.Reader.ShasSince(latest.Sha, range.To);
    }

    private static string Reason(HistoryScope scope, BumpDecision decision, NextVersion next)
    {
        var since = scope.Range.LastRelease?.Name ?? "the start of history";
        var deciding = decision.Deciding.Take(3).Select(c => $"{c.Commit.Commit.ShortSha} {c.Commit.Message.Subject}").ToList();
        var commits = deciding.Count == 0 ? string.Empty : $": {string.Join("; ", deciding)}{(decision.Deciding.Count() > 3 ? "; ..." : string.Empty)}";
        return next.Source switch
        {
            NextVersionSource.ForcedVersion => $"forced with --as (the commits since {since} ask for {Level(decision.Level)})",
            NextVersionSource.ForcedLevel => $"forced {Level(next.Level)} bump with --bump (the commits since {since} ask for {Level(decision.Level)})",
            NextVersionSource.FirstRelease => $"first release: VERSION as written ({scope.Range.Commits.Count} commits in history)",
            _ => $"{Level(next.Level)} bump from {scope.Range.Commits.Count} commits since {since}{commits}",
        };
    }

    private static string Level(BumpLevel level) => level == BumpLevel.None ? "no release" : BumpLevelWords.Of(level);
}

using Steward.Core.Commits;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Core.Versioning;

namespace Steward.UseCases;

/// <summary>
/// Decides what every component of a monorepo releases: each from its own commits (through <see cref="NextVersionDecider"/>,
/// the one decision), then a <c>Release-As: NAME@X.Y.Z</c> footer, then, until nothing changes, cascades (a release of a
/// component in a dependent's dependsOn gives it at least its cascade level: a patch, a minor or nothing, never a major),
/// linked groups (a release of one member releases all, at least a patch) and fixed groups (the highest bump of any
/// member applies to all, which share one version).
/// </summary>
internal static class ComponentVersions
{
    public const string ReleaseAsFooter = "Release-As";

    public static IReadOnlyList<ComponentRelease> Decide(MonorepoHistory history, StewardConfig config)
    {
        var scopes = history.Scopes;
        var names = scopes.Select(s => s.Component.Name).ToList();
        var own = scopes.Select(s => NextVersionDecider.Decide(s, new VersionRequest())).ToList();
        var forced = scopes.Select((s, i) => ReleaseAs(s, history.Since[i])).ToList();
        var levels = own.Select((d, i) => forced[i] is { } v ? LevelBetween(scopes[i].Range.BaseVersion, v) : d.Next.Version is null ? BumpLevel.None : d.Next.Level).ToList();
        var why = own.Select((d, i) => new List<string> { forced[i] is { } v ? $"Release-As: {names[i]}@{v} in a commit since its last release" : d.Next.Version is null ? $"its commits: {d.Next.NothingReason}" : $"its commits: {d.Reason}" }).ToList();
        bool Releases(int i) => levels[i] > BumpLevel.None || forced[i] is not null || (own[i].Next.Version is not null && own[i].Next.Source == NextVersionSource.FirstRelease);

        for (var changed = true; changed;)
        {
            changed = false;
            for (var i = 0; i < scopes.Count; i++)
            {
                if (!Releases(i))
                {
                    continue;
                }

                for (var j = 0; j < scopes.Count; j++)
                {
                    var cascade = scopes[j].Component.Cascade;
                    if (scopes[j].Component.DependsOn.Contains(names[i]) && cascade > levels[j])
                    {
                        levels[j] = cascade;
                        why[j].Add($"cascade: it depends on {names[i]}, which releases (cascade: {Word(cascade)})");
                        changed = true;
                    }
                }
            }

            foreach (var group in config.Groups)
            {
                var members = group.Components.Select(m => names.IndexOf(m)).ToList();
                var releasing = members.Where(Releases).ToList();
                if (releasing.Count == 0)
                {
                    continue;
                }

                var want = group.Mode == "fixed" ? members.Max(m => levels[m]) : BumpLevel.Patch;
                want = want == BumpLevel.None ? BumpLevel.Patch : want;
                foreach (var m in members.Where(m => levels[m] < want && (group.Mode == "fixed" || !Releases(m))))
                {
                    levels[m] = want;
                    why[m].Add(group.Mode == "fixed"
                        ? $"fixed group {group.Name}: the highest bump of its members is {Word(want)} ({string.Join(", ", releasing.Select(r => names[r]))} release)"
                        : $"linked group {group.Name}: {string.Join(", ", releasing.Where(r => r != m).Select(r => names[r]))} release, so it releases too");
                    changed = true;
                }
            }
        }

        var versions = scopes.Select((s, i) => Version(s, own[i], forced[i], levels[i], Releases(i))).ToList();
        foreach (var group in config.Groups.Where(g => g.Mode == "fixed"))
        {
            // One version for all members: the highest any member would reach with the group's bump.
            var members = group.Components.Select(m => names.IndexOf(m)).Where(m => versions[m] is not null).ToList();
            if (members.Count > 0)
            {
                var shared = members.Select(m => versions[m]!).Max()!;
                foreach (var m in group.Components.Select(m => names.IndexOf(m)))
                {
                    versions[m] = shared;
                }
            }
        }

        return [.. scopes.Select((s, i) => new ComponentRelease(s, own[i], versions[i], levels[i], why[i]))];
    }

    private static SemanticVersion? Version(HistoryScope scope, NextVersionDecision own, SemanticVersion? forced, BumpLevel level, bool releases)
    {
        if (forced is not null)
        {
            return forced;
        }

        if (!releases)
        {
            return null;
        }

        if (own.Next.Version is { } ownVersion && (own.Next.Level == level || own.Next.Source == NextVersionSource.FirstRelease))
        {
            return ownVersion;
        }

        return NextVersionDecider.Decide(scope, new VersionRequest(Bump: level)).Next.Version;
    }

    /// <summary>The newest <c>Release-As: NAME@X.Y.Z</c> for this component among the commits since its last release.</summary>
    private static SemanticVersion? ReleaseAs(HistoryScope scope, IReadOnlyList<HistoryCommit> since)
    {
        var name = scope.Component.Name;
        foreach (var commit in since)
        {
            foreach (var footer in commit.Message.FootersNamed(ReleaseAsFooter))
            {
                var value = footer.Value.Trim();
                var at = value.LastIndexOf('@');
                if (at <= 0 || value[..at] != name)
                {
                    continue;
                }

                if (!SemanticVersion.TryParse(value[(at + 1)..], out var version, allowVPrefix: true) || version is null)
                {
                    throw Messages.ReleaseAsNotAVersion(commit.Commit.ShortSha, value);
                }

                if (scope.Range.LastRelease is { } last && version <= last.Version)
                {
                    throw Messages.ReleaseAsNotHigher(name, version.ToString(), last.Name);
                }

                return version;
            }
        }

        return null;
    }

    private static BumpLevel LevelBetween(SemanticVersion? from, SemanticVersion to) =>
        from is null ? BumpLevel.Patch : to.Major != from.Major ? BumpLevel.Major : to.Minor != from.Minor ? BumpLevel.Minor : BumpLevel.Patch;

    private static string Word(BumpLevel level) => level.ToString().ToLowerInvariant();
}

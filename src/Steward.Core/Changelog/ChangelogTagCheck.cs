using Steward.Core.Changelog.Splicing;
using Steward.Core.Versioning;

namespace Steward.Core.Changelog;

/// <summary>
/// A changelog checked against its component's release tags: every version heading is a release (a tag, or the version
/// VERSION holds, written ahead of its tag by a release pull request), and the latest release has its entry.
/// </summary>
public static class ChangelogTagCheck
{
    /// <param name="changelogText">The changelog's text.</param>
    /// <param name="tagged">The versions of the component's release tags reachable from HEAD.</param>
    /// <param name="current">The version in the component's VERSION file (null when it is no SemVer version).</param>
    /// <param name="tagPrefix">The component's tag prefix, to name tags in the problems.</param>
    public static IReadOnlyList<ChangelogTagProblem> Check(string changelogText, IReadOnlyList<SemanticVersion> tagged, SemanticVersion? current, string tagPrefix)
    {
        ArgumentNullException.ThrowIfNull(tagged);
        var headings = ChangelogDocument.Parse(changelogText).Releases.Where(r => r.Parsed is not null).ToList();
        var problems = new List<ChangelogTagProblem>();
        foreach (var heading in headings)
        {
            var version = heading.Parsed!;
            if (!tagged.Any(t => t.CompareTo(version) == 0) && (current is null || current.CompareTo(version) != 0))
            {
                problems.Add(new ChangelogTagProblem(heading.Line, $"{heading.Version} has no release tag {VersionConverter.ToGitTag(version, tagPrefix)}"));
            }
        }

        var latest = tagged.Where(t => !t.IsPrerelease).DefaultIfEmpty().Max();
        if (latest is not null && !headings.Any(h => h.Parsed!.CompareTo(latest) == 0))
        {
            problems.Add(new ChangelogTagProblem(null, $"no entry for the latest release {VersionConverter.ToGitTag(latest, tagPrefix)}"));
        }

        return problems;
    }
}

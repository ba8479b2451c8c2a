using System.Globalization;
using Steward.Core.Errors;
using Steward.Core.Versioning;
using Steward.Git;

namespace Steward.Artifacts;

/// <summary>
/// Finds the release a command works on: the tag for --version V, or else the release tag at HEAD (the highest, if
/// several point at it). A missing tag or a HEAD that is no release is an error saying what to do.
/// </summary>
internal static class ReleaseTagResolver
{
    /// <param name="headTags">The tags at HEAD when the caller read them already (one read for every component); null: read here.</param>
    public static ReleaseTag Resolve(GitRunner git, string tagPrefix, string? versionOption, IReadOnlyList<string>? headTags = null)
    {
        string tag;
        if (versionOption is not null)
        {
            var version = ParseOption(versionOption, tagPrefix);
            tag = VersionConverter.ToGitTag(version, tagPrefix);
            if (new WorkTreeReader(git).TagTarget(tag) is null)
            {
                throw Messages.ArtifactTagNotFound(tag);
            }
        }
        else
        {
            var releases = (headTags ?? TagsAtHead(git)).Select(t => (Tag: t, Version: TryParseTag(t, tagPrefix))).Where(t => t.Version is not null).ToList();
            if (releases.Count == 0)
            {
                throw Messages.HeadNotAReleaseTag(tagPrefix);
            }

            tag = releases.OrderByDescending(t => t.Version).First().Tag;
        }

        var (sha, time) = new WorkTreeReader(git).CommitAndTime($"refs/tags/{tag}^{{commit}}");
        return new ReleaseTag(tag, TryParseTag(tag, tagPrefix)!, sha, DateTimeOffset.FromUnixTimeSeconds(time));
    }

    /// <summary>Every tag pointing at HEAD (none in a repository without commits).</summary>
    public static IReadOnlyList<string> TagsAtHead(GitRunner git) => new TagReader(git).NamesAt("HEAD");

    /// <summary>Whether <paramref name="tag"/> is a release tag of <paramref name="tagPrefix"/> (the prefix and a SemVer version).</summary>
    public static bool IsReleaseTag(string tag, string tagPrefix) => TryParseTag(tag, tagPrefix) is not null;

    /// <summary>All release versions tagged with <paramref name="tagPrefix"/>, for "is this the highest release" rules.</summary>
    public static IReadOnlyList<SemanticVersion> ReleaseVersions(GitRunner git, string tagPrefix) =>
        [.. new TagReader(git).NamesStartingWith(tagPrefix).Select(t => TryParseTag(t, tagPrefix)).OfType<SemanticVersion>()];

    public static SemanticVersion ParseOption(string value, string tagPrefix)
    {
        var text = value.StartsWith(tagPrefix, StringComparison.Ordinal) && tagPrefix.Length > 0 && !SemanticVersion.TryParse(value, out _)
            ? value[tagPrefix.Length..]
            : value;
        try
        {
            return ParsedVersion.Parse(text).ToSemVer();
        }
        catch (VersionFormatException e)
        {
            throw Messages.ArtifactVersionNotAVersion(e.Message, e);
        }
    }

    private static SemanticVersion? TryParseTag(string tag, string prefix) =>
        tag.StartsWith(prefix, StringComparison.Ordinal) && SemanticVersion.TryParse(tag[prefix.Length..], out var v, allowVPrefix: false) ? v : null;
}

using Steward.Core.Commits;
using Steward.Core.Errors;
using Steward.Core.Versioning;

namespace Steward.UseCases;

/// <summary>What a person asked of the next version (--bump, --as, --pre) and what the verb knows of the question.</summary>
/// <param name="Bump">--bump: the level forced instead of the commits'.</param>
/// <param name="As">--as: the version forced.</param>
/// <param name="Pre">--pre: the prerelease channel.</param>
internal sealed record VersionRequest(BumpLevel? Bump = null, SemanticVersion? As = null, string? Pre = null)
{
    /// <summary>The branch checked out, whose maintenance line (flow.maintenance) bounds the answer; null when the question is about another revision.</summary>
    public string? Branch { get; init; }

    /// <summary>
    /// VERSION as a release read it: raised by hand above the last release, it is the version released. Null for the
    /// verbs that only ask (next, changelog, notes), which read VERSION only for a first release.
    /// </summary>
    public SemanticVersion? Written { get; init; }

    /// <summary>--to was given: tags on it and after it do not exist for the question.</summary>
    public bool ForOtherRevision { get; init; }

    /// <summary>A revision whose changelog's retractions count as well as those at the range's end (main, for develop).</summary>
    public string? RetractionsAlsoAt { get; init; }

    /// <summary>Refuse a next version that is already tagged elsewhere (not with --from or --to).</summary>
    public bool CheckExistingTags { get; init; } = true;

    /// <summary>The options as given on the command line; --bump and --as together, or an --as that is no version, are refused.</summary>
    public static VersionRequest Parse(string? bump, string? asVersion, string? pre)
    {
        if (bump is not null && asVersion is not null)
        {
            throw Messages.BumpAndAsTogether();
        }

        return new VersionRequest(bump is null ? null : BumpPolicy.ParseLevel(bump), asVersion is null ? null : ParseVersion(asVersion, "--as"), pre);
    }

    public static SemanticVersion ParseVersion(string text, string optionName)
    {
        try
        {
            return ParsedVersion.Parse(text).ToSemVer();
        }
        catch (VersionFormatException e)
        {
            throw Messages.OptionNotAVersion(optionName, text, e.Message, e);
        }
    }
}

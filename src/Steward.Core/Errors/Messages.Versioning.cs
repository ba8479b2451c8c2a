using Steward.Core.Versioning;

namespace Steward.Core.Errors;

/// <summary>VERSION, version arithmetic and the choice of the next version.</summary>
public static partial class Messages
{
    /// <param name="text">The unexpected line, shortened for the message.</param>
    public static StewardException VersionFileTrailingText(string path, int line, string text, int versionLine) =>
        Invalid($"{path}:{line}: unexpected '{text}' after the version on line {versionLine}; {VersionFile.FileName} holds one version and nothing else");

    public static StewardException VersionFileEmpty(string path) =>
        Invalid($"{path}:1: the file is empty; write one version, such as 0.1.0");

    public static StewardException VersionFileNotAVersion(string path, int line, VersionFormatException inner) =>
        Invalid($"{path}:{line}: {inner.Message}", inner);

    public static StewardException PrereleaseBumpNeedsChannel(SemanticVersion current) =>
        Invalid($"'{current}' is a release; a prerelease bump needs a channel (--pre alpha|beta|rc|LABEL)");

    public static StewardException NoPrereleaseToFinish(SemanticVersion current) =>
        Invalid($"'{current}' is already a release; there is no prerelease to finish");

    public static StewardException ChannelGoesBackwards(string channel, string? currentChannel, SemanticVersion next, SemanticVersion current) =>
        Invalid($"channel '{channel}' would go backwards from '{currentChannel}': {next} sorts below {current}");

    /// <summary>A --pre value (of release, next or version bump) that cannot be a prerelease channel.</summary>
    public static StewardException PreOptionNotAChannel(string channel) =>
        Invalid($"--pre {channel}: not a prerelease channel; use letters, digits and '-', not only digits (e.g. alpha, beta, rc)");

    public static StewardException NoTagToBumpFrom(string tagPrefix, SemanticVersion initial) =>
        Invalid($"there is no release tag ({tagPrefix}X.Y.Z) to bump from; the first release is {initial} (VERSION); use --as V to choose another");

    public static StewardException PreChannelBelowTag(string channel, string highestTag, SemanticVersion next, string? highestChannel) =>
        Invalid($"--pre {channel}: tag {highestTag} exists and {next} would sort below it; channels only move forward (alpha, beta, rc, release): use --pre {highestChannel} or a later channel, or release without --pre");

    public static StewardException ForcedNotAboveLastOrPrerelease(SemanticVersion forced, string highestTag) =>
        Invalid($"--as {forced}: must be greater than the last release or prerelease, {highestTag}");

    public static StewardException ForcedNotAboveLastRelease(SemanticVersion forced, SemanticVersion? lastRelease) =>
        Invalid($"--as {forced}: must be greater than the last release {lastRelease}");

    public static StewardException ForcedWasRetracted(SemanticVersion forced) =>
        Invalid($"--as {forced}: {forced.Core} was retracted (the changelog says so); a retracted version is never released again, give a higher one");

    public static StewardException NextVersionTaggedElsewhere(SemanticVersion version, string tag, string shortSha, string tagPrefix) =>
        Invalid($"the next version {version} is already tagged ({tag} at {shortSha}, not reachable from here); release from the branch that has it, or choose another with --as V (tag prefix {tagPrefix})");

    /// <summary>The text of a <see cref="VersionFormatException"/>: the input and the rule of its scheme it breaks.</summary>
    public static string NotAValidVersion(string input, string rule) => $"'{input}' is not a valid version: {rule}";

    /// <param name="target">The scheme asked for (SemVer, PEP 440, a Docker tag).</param>
    /// <param name="why">What the target cannot express.</param>
    public static StewardException VersionNotConvertible(string version, string target, string why) =>
        Invalid($"version '{version}' cannot be written as {target}: {why}");
}

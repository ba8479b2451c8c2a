using Steward.Cli;
using Steward.Core.Errors;
using Steward.Core.Versioning;

namespace Steward.Commands;

/// <summary>The JSON shape of one version: every written form plus its parts. A form the version cannot take is null.</summary>
internal static class VersionJson
{
    public static void Write(TextWriter output, ParsedVersion version, string tagPrefix)
    {
        var semver = version.ToSemVer();
        Json.Write(output, w =>
        {
            w.WriteStartObject();
            w.WriteString("version", version.ToString());
            w.WriteString("scheme", version.Scheme == VersionScheme.SemVer ? "semver" : "pep440");
            w.WriteString("semver", semver.ToString());
            w.WriteString("pep440", TryFormat(() => version.ToPep440().ToString()));
            w.WriteString("tag", VersionConverter.ToGitTag(semver, tagPrefix));
            w.WriteString("docker", TryFormat(() => VersionConverter.ToDockerTag(semver)));
            w.WriteNumber("major", semver.Major);
            w.WriteNumber("minor", semver.Minor);
            w.WriteNumber("patch", semver.Patch);
            w.WriteStringArray("prerelease", semver.Prerelease);
            w.WriteStringArray("build", semver.Build);
            w.WriteBoolean("isPrerelease", semver.IsPrerelease);
            w.WriteEndObject();
        });
    }

    private static string? TryFormat(Func<string> format)
    {
        try
        {
            return format();
        }
        catch (StewardException)
        {
            return null;
        }
    }
}

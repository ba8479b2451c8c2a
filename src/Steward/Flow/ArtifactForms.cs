using Steward.Core.Errors;
using Steward.Core.Versioning;

namespace Steward.Flow;

/// <summary>The configured artifact forms (<c>flow.artifacts</c>: label to form) a version is printed in for a deployment.</summary>
internal static class ArtifactForms
{
    public static IReadOnlyList<(string Label, string Value)> Format(IReadOnlyDictionary<string, string> forms, SemanticVersion version, string tagPrefix)
    {
        var lines = new List<(string, string)>();
        foreach (var (label, form) in forms)
        {
            var parsed = form switch
            {
                "semver" => VersionForm.SemVer,
                "pep440" => VersionForm.Pep440,
                "docker" => VersionForm.Docker,
                "tag" => VersionForm.Tag,
                _ => throw Messages.NotAnArtifactForm(label, form),
            };
            lines.Add((label, VersionConverter.Format(version, parsed, tagPrefix)));
        }

        return lines;
    }
}

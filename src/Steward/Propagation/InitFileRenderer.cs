using System.Text;
using Steward.Core.Propagation;

namespace Steward.Propagation;

/// <summary>The commented steward.yml that <c>steward init</c> writes: every key at its default, and the detected targets listed.</summary>
internal static class InitFileRenderer
{
    public static string Render(IReadOnlyList<ScannedFile> detected)
    {
        var sb = new StringBuilder();
        sb.Append("# steward.yml: configuration of Steward, the release tool. Every key is optional; see docs/configuration.md.\n");
        sb.Append("# Its JSON Schema, for editors and CI, is docs/steward.schema.json in Steward's repository.\n\n");
        sb.Append("# Prefix of release tags: v gives v1.2.3.\n");
        sb.Append("tagPrefix: v\n\n");
        sb.Append("propagate:\n");
        sb.Append("  # Files Steward found that carry the version ('steward propagate' writes them, 'steward check' verifies them):\n");
        if (detected.Count == 0)
        {
            sb.Append("  #   (none)\n");
        }

        foreach (var file in detected)
        {
            foreach (var slot in file.Slots)
            {
                sb.Append("  #   ").Append(file.Path).Append(':').Append(slot.Line).Append("  ").Append(slot.Label)
                    .Append(" = ").Append(slot.Found).Append(" (").Append(slot.Form.ToString().ToLowerInvariant()).Append(")\n");
            }
        }

        sb.Append("  detect: true\n\n");
        sb.Append("  # Globs of detected files to leave alone, e.g. - tests/fixtures/**\n");
        sb.Append("  exclude: []\n\n");
        sb.Append("  # Files Steward does not detect: a glob of tracked files with a regex whose group 'version' is replaced,\n");
        sb.Append("  # or a dotted key path into a JSON, YAML, TOML or XML file; scheme is semver, pep440, docker or tag.\n");
        sb.Append("  #   - path: deploy/values.yaml\n");
        sb.Append("  #     key: image.tag\n");
        sb.Append("  #     scheme: docker\n");
        sb.Append("  #   - path: README.md\n");
        sb.Append("  #     pattern: 'steward@(?<version>[0-9][^ ]*)'\n");
        sb.Append("  targets: []\n");
        return sb.ToString();
    }
}

using Steward.Core.Versioning;

namespace Steward.Core.Propagation.Locators;

/// <summary>
/// Dockerfile <c>LABEL version=...</c> and <c>LABEL org.opencontainers.image.version=...</c> (also one pair among
/// several, across line continuations), and <c>ARG VERSION=...</c> / <c>ARG APP_VERSION=...</c>. Written as a Docker
/// image tag. A value that refers to a variable (<c>$VERSION</c>) is computed by Docker and left alone.
/// </summary>
public sealed class DockerfileLocator : IVersionLocator
{
    private static readonly string[] LabelKeys = ["version", "org.opencontainers.image.version"];
    private static readonly string[] ArgKeys = ["VERSION", "APP_VERSION"];

    public string Description => "Dockerfile LABEL version and ARG VERSION (Docker tag)";

    public IReadOnlyList<VersionSlot> Locate(string path, string text)
    {
        var lines = new LineIndex(text);
        var slots = new List<VersionSlot>();
        var escape = EscapeCharacter(text);
        foreach (var instruction in DockerInstruction.Read(text, escape))
        {
            var keys = instruction.Keyword switch
            {
                "LABEL" => LabelKeys,
                "ARG" => ArgKeys,
                _ => null,
            };
            if (keys is null)
            {
                continue;
            }

            foreach (var (key, start, length) in instruction.Pairs())
            {
                var value = text.Substring(start, length);
                if (keys.Contains(key, StringComparer.Ordinal) && !value.Contains('$', StringComparison.Ordinal))
                {
                    slots.Add(new VersionSlot(start, length, value, lines.LineOf(start), VersionForm.Docker, $"{instruction.Keyword} {key}"));
                }
            }
        }

        return slots;
    }

    /// <summary>The line-continuation character: backslash, or what a leading <c># escape=</c> directive says.</summary>
    private static char EscapeCharacter(string text)
    {
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (!line.StartsWith('#'))
            {
                break;
            }

            var directive = line[1..].Trim();
            if (directive.StartsWith("escape", StringComparison.OrdinalIgnoreCase))
            {
                var value = directive[(directive.IndexOf('=', StringComparison.Ordinal) + 1)..].Trim();
                return value.Length == 1 ? value[0] : '\\';
            }
        }

        return '\\';
    }
}

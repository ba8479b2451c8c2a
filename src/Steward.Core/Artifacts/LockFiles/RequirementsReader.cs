using System.Text.RegularExpressions;

namespace Steward.Core.Artifacts.LockFiles;

/// <summary>
/// Pinned pip requirements files (<c>requirements*.txt</c>): each <c>name==version</c> (or <c>===</c>) line, with
/// extras, environment markers, <c>--hash</c> options and backslash continuations allowed. Option lines
/// (<c>-r</c>, <c>-e</c>, <c>--index-url</c>) and requirements that are not pinned (<c>&gt;=</c>, URLs) pin nothing
/// and are skipped; a line that is not a requirement at all is an error.
/// </summary>
public static partial class RequirementsReader
{
    public static IReadOnlyList<LockedPackage> Read(string path, string text)
    {
        var packages = new List<LockedPackage>();
        var lines = text.TrimStart('\uFEFF').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            var line = StripComment(lines[i].TrimEnd('\r'));
            while (line.EndsWith('\\') && i + 1 < lines.Length)
            {
                line = line[..^1] + " " + StripComment(lines[++i].TrimEnd('\r'));
            }

            line = line.Trim();
            if (line.Length == 0 || line.StartsWith('-'))
            {
                continue;
            }

            var match = Requirement().Match(line);
            if (!match.Success)
            {
                throw LockFileError.At(path, number, $"'{line}' is not a requirement (expected NAME==VERSION)");
            }

            var specifier = match.Groups["spec"].Value.Trim();
            var pin = Pin().Match(specifier);
            if (!pin.Success)
            {
                continue;
            }

            var name = match.Groups["name"].Value;
            var version = pin.Groups["version"].Value;
            packages.Add(new LockedPackage(name, version, PackageUrl.PyPi(name, version), path));
        }

        return packages;
    }

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        while (hash > 0 && !char.IsWhiteSpace(line[hash - 1]))
        {
            hash = line.IndexOf('#', hash + 1);
        }

        return hash >= 0 ? line[..hash] : line;
    }

    // NAME [extras] then a specifier (==, >=, @ url...) then optional '; markers' and '--hash=' options.
    [GeneratedRegex(@"^(?<name>[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\])?\s*(?<spec>(?:[=<>!~@][^;]*?)?)\s*(?:;.*?)?(?:\s+--\S+)*\s*$")]
    private static partial Regex Requirement();

    [GeneratedRegex(@"^===?\s*(?<version>[A-Za-z0-9][A-Za-z0-9.+!_-]*)$")]
    private static partial Regex Pin();
}

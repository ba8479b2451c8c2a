using System.Text.RegularExpressions;
using Microsoft.Extensions.FileSystemGlobbing;
using Steward.Configuration;
using Steward.Core.Configuration;
using Steward.Core.Errors;
using Steward.Core.Propagation.Locators;
using Steward.Core.Text;
using Steward.Core.Versioning;

namespace Steward.Propagation;

/// <summary>Validates the configured targets of steward.yml; each mistake is one error naming the line to fix.</summary>
internal static class ConfiguredTargetReader
{
    public static IReadOnlyList<ConfiguredTarget> Read(PropagateConfig config, string? yaml)
    {
        var targets = new List<ConfiguredTarget>();
        for (var i = 0; i < config.Targets.Count; i++)
        {
            var line = ConfigPositions.LineOf(yaml, "targets", i);
            targets.Add(Read(config.Targets[i], i, line));
        }

        return targets;
    }

    public static Matcher Glob(string glob)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(glob);
        return matcher;
    }

    /// <summary>A glob that is absolute or climbs with <c>..</c> could reach outside the repository.</summary>
    public static bool LeavesRepository(string glob) =>
        Path.IsPathRooted(glob) || glob.StartsWith('/') || glob.Replace('\\', '/').Split('/').Contains("..");

    private static ConfiguredTarget Read(PropagateTargetConfig target, int index, int line)
    {
        var name = $"{ConfigLoader.FileName}:{line}: propagate.targets[{index}]";
        if (string.IsNullOrWhiteSpace(target.Path))
        {
            throw Invalid($"{name}: 'path' is missing; give a glob of tracked files, such as deploy/values.yaml");
        }

        if (LeavesRepository(target.Path))
        {
            throw Invalid($"{name}: the path '{target.Path}' leads outside the repository; give a path relative to the root without '..'");
        }

        var form = target.Scheme switch
        {
            "semver" => VersionForm.SemVer,
            "pep440" => VersionForm.Pep440,
            "docker" => VersionForm.Docker,
            "tag" => VersionForm.Tag,
            _ => throw Invalid($"{name}: unknown scheme '{target.Scheme}'; use semver, pep440, docker or tag"),
        };

        var hasPattern = !string.IsNullOrEmpty(target.Pattern);
        var hasKey = !string.IsNullOrEmpty(target.Key);
        if (hasPattern == hasKey)
        {
            throw Invalid($"{name}: give exactly one of 'pattern' (a regex with a group named version) and 'key' (a dotted key path)");
        }

        return new ConfiguredTarget(index, target.Path, Glob(target.Path), hasPattern ? PatternLocator(name, target.Pattern!, form) : KeyLocator(name, target, form), line);
    }

    private static RegexLocator PatternLocator(string name, string pattern, VersionForm form)
    {
        Regex regex;
        try
        {
            regex = UserRegex.Compile(pattern, RegexOptions.Multiline);
        }
        catch (ArgumentException e)
        {
            throw Invalid($"{name}: the pattern is not a valid regular expression: {e.Message.Split('\n')[0]}");
        }

        if (!regex.GetGroupNames().Contains("version", StringComparer.Ordinal))
        {
            throw Invalid($"{name}: the pattern has no group named version; mark the version with (?<version>...)");
        }

        return new RegexLocator(regex, form, $"{name}.pattern");
    }

    private static KeyPathLocator KeyLocator(string name, PropagateTargetConfig target, VersionForm form)
    {
        var segments = target.Key!.Split('.');
        if (segments.Any(s => s.Length == 0))
        {
            throw Invalid($"{name}: the key '{target.Key}' has an empty part; write it as dotted names, such as image.tag");
        }

        KeyPathFormat? format = target.Format switch
        {
            null => KeyPathLocator.FormatOf(target.Path!),
            "json" => KeyPathFormat.Json,
            "yaml" => KeyPathFormat.Yaml,
            "toml" => KeyPathFormat.Toml,
            "xml" => KeyPathFormat.Xml,
            _ => throw Invalid($"{name}: unknown format '{target.Format}'; use json, yaml, toml or xml"),
        };
        return format is { } known
            ? new KeyPathLocator(known, segments, form)
            : throw Invalid($"{name}: cannot tell the format of '{target.Path}' from its extension; add format: json, yaml, toml or xml");
    }

    private static StewardException Invalid(string message) => new(FailureKind.InvalidInput, message);
}

using Steward.Core.Configuration;
using Steward.Core.Errors;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Steward.Configuration;

/// <summary>Reads <c>steward.yml</c> at the project root; its absence means every default. Errors name the file and line.</summary>
internal static class ConfigLoader
{
    public const string FileName = "steward.yml";

    public static StewardConfig Load(string root)
    {
        // A well-known name in a committed tree: never a link to a file elsewhere, whose text an error would show.
        var path = Workspace.SafePath.ForReading(root, FileName);
        return File.Exists(path) ? Parse(FileName, File.ReadAllText(path)) : new StewardConfig();
    }

    public static StewardConfig Parse(string displayPath, string yaml)
    {
        if (YamlDuplicateKeys.Find(yaml) is { } duplicate)
        {
            throw new StewardException(FailureKind.InvalidInput,
                $"{displayPath}:{duplicate.SecondLine}: duplicate key '{duplicate.Key}', already on line {duplicate.FirstLine}; keep one of them");
        }

        var deserializer = new StaticDeserializerBuilder(new ConfigYamlContext())
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            // "key:" with nothing after it, or "key: ~", is null in YAML; a key that cannot be null is then a mistake
            // to report on its line rather than a crash later.
            .WithEnforceNullability()
            .Build();
        try
        {
            return deserializer.Deserialize<StewardConfig?>(yaml) ?? new StewardConfig();
        }
        catch (YamlException e)
        {
            var reason = (e.InnerException?.Message ?? e.Message).Split('\n')[0];
            if (reason.StartsWith("Property '", StringComparison.Ordinal) && reason.Contains("not found on type", StringComparison.Ordinal))
            {
                var key = reason["Property ".Length..reason.IndexOf(" not found", StringComparison.Ordinal)];
                var typeName = reason[(reason.IndexOf("on type '", StringComparison.Ordinal) + "on type '".Length)..].TrimEnd('.', '\'');
                reason = $"unknown key {key}{ConfigKeySuggestion.For(key.Trim('\''), typeName)}";
            }

            // The generated (static) deserializer fails with a plain cast (a scalar for a list) or a collection's
            // argument check (a scalar where a list wants mappings): both are a value of the wrong shape.
            if (e.InnerException is InvalidCastException or ArgumentException
                || reason.StartsWith("No node deserializer", StringComparison.Ordinal) || reason.StartsWith("Invalid cast from", StringComparison.Ordinal))
            {
                reason = "this value has the wrong shape for its key (see docs/configuration.md)";
            }

            if (reason.StartsWith("Yaml value is null", StringComparison.Ordinal))
            {
                reason = "this key has no value; write one, or remove the key to keep its default (see docs/configuration.md)";
            }

            throw new StewardException(FailureKind.InvalidInput, $"{displayPath}:{e.Start.Line}: {reason}", e);
        }
    }
}

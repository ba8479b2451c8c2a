using Steward.Core.Configuration;
using Steward.Core.Errors;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Steward.Configuration;

/// <summary>Reads <c>steward.yml</c> at the project root; its absence means every default. Errors name the file and line.</summary>
internal static class ConfigLoader
{
    public const string FileName = "steward.yml";

    /// <summary>
    /// Whether steward.yml in <paramref name="directory"/> may name components, judged from its text without parsing it
    /// (a line starting <c>components:</c>). It only decides whether a one-component read is worth starting before the
    /// repository is found: a wrong guess costs a few milliseconds, never an answer. A file that cannot be read safely
    /// counts as naming them, so that nothing is started for it.
    /// </summary>
    public static bool MayNameComponents(string directory)
    {
        try
        {
            var path = Workspace.SafePath.ForReading(directory, FileName);
            return File.Exists(path) && File.ReadLines(path).Any(line => line.StartsWith("components:", StringComparison.Ordinal));
        }
        catch (Exception e) when (e is StewardException or IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    public static StewardConfig Load(string root)
    {
        // A well-known name in a committed tree: never a link to a file elsewhere, whose text an error would show.
        var path = Workspace.SafePath.ForReading(root, FileName);
        if (!File.Exists(path))
        {
            return new StewardConfig();
        }

        var config = Parse(FileName, File.ReadAllText(path));
        ComponentConfigCheck.CheckFolders(config, root);
        return config;
    }

    public static StewardConfig Parse(string displayPath, string yaml)
    {
        if (YamlDuplicateKeys.Find(yaml) is { } duplicate)
        {
            throw Messages.DuplicateKey(displayPath, duplicate.SecondLine, duplicate.Key, duplicate.FirstLine);
        }

        // The structure first: unknown keys, keys with no value and values of the wrong shape, each with its line.
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw Messages.ConfigSyntax(displayPath, e.Start.Line, FirstLine(e), e);
        }

        if (stream.Documents.Count > 0)
        {
            new ConfigShapeCheck(displayPath).Check(stream.Documents[0].RootNode, typeof(StewardConfig));
        }

        var deserializer = new StaticDeserializerBuilder(new ConfigYamlContext())
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            // "key:" with nothing after it, or "key: ~", is null in YAML; a key that cannot be null is then a mistake
            // to report on its line rather than a crash later (the shape check above finds it first).
            .WithEnforceNullability()
            .Build();
        StewardConfig config;
        try
        {
            config = deserializer.Deserialize<StewardConfig?>(yaml) ?? new StewardConfig();
        }
        catch (YamlException e) when (e.InnerException is InvalidCastException or ArgumentException)
        {
            // The generated (static) deserializer fails with a plain cast (a scalar for a list) or a collection's
            // argument check (a scalar where a list wants mappings): both are a value of the wrong shape.
            throw Messages.ConfigWrongShape(displayPath, e.Start.Line, e);
        }
        catch (YamlException e)
        {
            // A scalar the key's type cannot take (a word for a number, say): the parser's own reason, on its line.
            throw Messages.ConfigSyntax(displayPath, e.Start.Line, FirstLine(e), e);
        }

        ComponentConfigCheck.Check(config);
        return config;
    }

    private static string FirstLine(YamlException e) => (e.InnerException?.Message ?? e.Message).Split('\n')[0];
}

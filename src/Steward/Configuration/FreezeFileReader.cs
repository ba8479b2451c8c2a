using Steward.Core.Errors;
using Steward.Core.Freeze;
using Steward.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Steward.Configuration;

/// <summary>
/// The committed freeze windows: <c>.steward/freeze.yml</c> (<c>windows:</c>, a list) and <c>release.freeze</c> in
/// steward.yml (the same list). Read from the YAML nodes, so every mistake is one line naming the file, the line and
/// the key.
/// </summary>
internal static class FreezeFileReader
{
    public const string FileName = ".steward/freeze.yml";

    private static readonly string[] Keys = ["start", "end", "reason", "branches", "components"];

    /// <summary>Every window the project at <paramref name="root"/> commits, the freeze file's first.</summary>
    public static IReadOnlyList<FreezeWindow> Read(string root)
    {
        var windows = new List<FreezeWindow>();
        var file = Workspace.SafePath.ForReading(root, FileName);
        if (File.Exists(file))
        {
            windows.AddRange(ParseFreezeFile(FileName, File.ReadAllText(file)));
        }

        var config = Workspace.SafePath.ForReading(root, ConfigLoader.FileName);
        if (File.Exists(config))
        {
            windows.AddRange(ParseConfigSection(ConfigLoader.FileName, File.ReadAllText(config)));
        }

        return windows;
    }

    /// <summary>The windows of a freeze file: a mapping whose one key, <c>windows</c>, is the list.</summary>
    public static IReadOnlyList<FreezeWindow> ParseFreezeFile(string displayPath, string yaml)
    {
        var root = Load(displayPath, yaml);
        if (root is null || IsNull(root))
        {
            return [];
        }

        if (root is not YamlMappingNode mapping)
        {
            throw Messages.FreezeFileNotAMapping(displayPath, root.Start.Line);
        }

        var windows = new List<FreezeWindow>();
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = KeyOf(keyNode);
            if (key != "windows")
            {
                throw Messages.FreezeFileKeyUnknown(displayPath, keyNode.Start.Line, key);
            }

            windows.AddRange(ParseWindows(displayPath, "windows", value));
        }

        return windows;
    }

    /// <summary>The windows of <c>release.freeze</c> in steward.yml (whose other keys ConfigLoader checks).</summary>
    public static IReadOnlyList<FreezeWindow> ParseConfigSection(string displayPath, string yaml)
    {
        var root = Load(displayPath, yaml);
        if (root is YamlMappingNode mapping
            && Child(mapping, "release") is YamlMappingNode release
            && Child(release, "freeze") is { } freeze)
        {
            return ParseWindows(displayPath, "release.freeze", freeze);
        }

        return [];
    }

    private static List<FreezeWindow> ParseWindows(string displayPath, string key, YamlNode node)
    {
        if (IsNull(node))
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            throw Messages.FreezeWindowsNotAList(displayPath, node.Start.Line, key);
        }

        var windows = new List<FreezeWindow>();
        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode window)
            {
                throw Messages.FreezeWindowNotAMapping(displayPath, item.Start.Line, key);
            }

            windows.Add(ParseWindow(displayPath, window));
        }

        return windows;
    }

    private static FreezeWindow ParseWindow(string path, YamlMappingNode node)
    {
        DateTimeOffset? start = null;
        DateTimeOffset? end = null;
        long endLine = node.Start.Line;
        var reason = string.Empty;
        IReadOnlyList<string> branches = [];
        IReadOnlyList<string> components = [];
        foreach (var (keyNode, value) in node.Children)
        {
            var key = KeyOf(keyNode);
            var line = keyNode.Start.Line;
            switch (key)
            {
                case "start":
                    start = Time(path, line, key, value, end: false);
                    break;
                case "end":
                    end = Time(path, line, key, value, end: true);
                    endLine = line;
                    break;
                case "reason":
                    reason = UntrustedText.WithoutControls(Text(path, line, key, value) ?? string.Empty).Replace('\n', ' ').Trim();
                    break;
                case "branches":
                    branches = Names(path, line, key, value);
                    break;
                case "components":
                    components = Names(path, line, key, value);
                    break;
                default:
                    throw Messages.FreezeKeyUnknown(path, line, key, Suggestion.Closest(key, Keys));
            }
        }

        if (reason.Length == 0)
        {
            throw Messages.FreezeReasonMissing(path, node.Start.Line);
        }

        if (start is not null && end is not null && end <= start)
        {
            throw Messages.FreezeEndNotAfterStart(path, endLine);
        }

        return new FreezeWindow(path, (int)node.Start.Line, start, end, reason, branches, components);
    }

    private static DateTimeOffset? Time(string path, long line, string key, YamlNode value, bool end)
    {
        var text = Text(path, line, key, value);
        if (text is null)
        {
            return null;
        }

        return FreezeTime.Parse(text, end) ?? throw Messages.FreezeTimeInvalid(path, line, key, text);
    }

    private static string? Text(string path, long line, string key, YamlNode value) =>
        IsNull(value) ? null
        : value is YamlScalarNode { Value: { } text } ? text
        : throw Messages.FreezeValueNotText(path, line, key);

    private static List<string> Names(string path, long line, string key, YamlNode value)
    {
        if (IsNull(value))
        {
            return [];
        }

        if (value is YamlScalarNode { Value: { Length: > 0 } single })
        {
            return [single];
        }

        if (value is not YamlSequenceNode sequence || sequence.Children.Any(c => c is not YamlScalarNode { Value.Length: > 0 }))
        {
            throw Messages.FreezeValueNotAList(path, line, key);
        }

        return sequence.Children.Select(c => ((YamlScalarNode)c).Value!).ToList();
    }

    private static YamlNode? Load(string displayPath, string yaml)
    {
        if (YamlDuplicateKeys.Find(yaml) is { } duplicate)
        {
            throw Messages.DuplicateKey(displayPath, duplicate.SecondLine, duplicate.Key, duplicate.FirstLine);
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw Messages.ConfigSyntax(displayPath, e.Start.Line, (e.InnerException?.Message ?? e.Message).Split('\n')[0], e);
        }

        return stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
    }

    private static YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.FirstOrDefault(c => KeyOf(c.Key) == key).Value;

    private static string KeyOf(YamlNode node) => node is YamlScalarNode { Value: { } text } ? text : node.ToString();

    /// <summary>YAML's null: nothing after the colon, <c>~</c> or <c>null</c>, unquoted and untagged.</summary>
    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" } scalar
        && scalar.Tag.IsEmpty;
}

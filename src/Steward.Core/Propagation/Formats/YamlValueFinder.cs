using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Steward.Core.Propagation.Formats;

/// <summary>
/// Finds scalars by key path in a YAML file with YamlDotNet, at the position its parser reports, so the edit happens in
/// the original text: comments, quoting and indentation stay as they are. Only the first document is read.
/// </summary>
public static class YamlValueFinder
{
    public static IReadOnlyList<FoundValue> Find(string path, string text, IReadOnlyList<string> keyPath)
    {
        ArgumentNullException.ThrowIfNull(keyPath);
        var node = Walk(Load(path, text), keyPath);
        return node is null ? [] : [Value(text, node)];
    }

    /// <summary>
    /// In the list at <paramref name="listPath"/>, the <paramref name="valueKey"/> of every mapping whose
    /// <paramref name="matchKey"/> satisfies <paramref name="matches"/>: a Chart.yaml's <c>dependencies[].version</c> of
    /// the dependency named X.
    /// </summary>
    public static IReadOnlyList<FoundValue> FindInList(string path, string text, IReadOnlyList<string> listPath, string matchKey, Func<string, bool> matches, string valueKey)
    {
        ArgumentNullException.ThrowIfNull(matches);
        if (Walk(Load(path, text), listPath) is not YamlSequenceNode list)
        {
            return [];
        }

        var found = new List<FoundValue>();
        foreach (var item in list.Children.OfType<YamlMappingNode>())
        {
            if (item.Children.TryGetValue(new YamlScalarNode(matchKey), out var name) && name is YamlScalarNode { Value: { } named } && matches(named)
                && item.Children.TryGetValue(new YamlScalarNode(valueKey), out var value))
            {
                found.Add(Value(text, value));
            }
        }

        return found;
    }

    private static YamlNode? Load(string path, string text)
    {
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(text));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            var reason = (e.InnerException?.Message ?? e.Message).Split('\n')[0];
            throw LocatorErrors.Malformed(path, (int)e.Start.Line, "YAML", reason.TrimEnd('.'));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some malformed input; the last event read is where it stopped.
            throw LocatorErrors.Malformed(path, (int)(parser.Current?.End.Line ?? 1), "YAML", "the parser cannot read past this line");
        }
        catch (ArgumentException e)
        {
            // YamlDotNet reports a key that appears twice in one mapping this way, without a position.
            throw LocatorErrors.Malformed(path, 1, "YAML", $"a key appears twice in one mapping ({e.Message.Split('\n')[0].TrimEnd('.')})");
        }

        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    private static YamlNode? Walk(YamlNode? node, IReadOnlyList<string> keyPath)
    {
        foreach (var key in keyPath)
        {
            if (node is not YamlMappingNode mapping || !mapping.Children.TryGetValue(new YamlScalarNode(key), out var child))
            {
                return null;
            }

            node = child;
        }

        return node;
    }

    private static FoundValue Value(string text, YamlNode node)
    {
        var line = (int)node.Start.Line;
        if (node is not YamlScalarNode scalar)
        {
            return new FoundValue(0, 0, string.Empty, line, false, "is a list or mapping, not a single value");
        }

        var value = scalar.Value ?? string.Empty;
        var start = (int)node.Start.Index;
        var end = (int)node.End.Index;
        if (scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted)
        {
            start++;
            end--;
        }
        else if (scalar.Style is not ScalarStyle.Plain)
        {
            return new FoundValue(start, 0, value, line, false, "is a block scalar");
        }

        if (end < start || end > text.Length || !string.Equals(text[start..end], value, StringComparison.Ordinal))
        {
            return new FoundValue(start, 0, value, line, false, "uses escapes or spans lines");
        }

        return new FoundValue(start, end - start, value, line, true);
    }
}

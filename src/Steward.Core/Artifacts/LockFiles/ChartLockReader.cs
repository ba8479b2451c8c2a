using Steward.Core.Errors;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Steward.Core.Artifacts.LockFiles;

/// <summary>
/// Helm <c>Chart.lock</c>: <c>dependencies[].name/version/repository</c>. purl has no registered type for Helm
/// charts; <c>pkg:helm/NAME@VERSION?repository_url=...</c> is the form other SBOM tools use.
/// </summary>
public static class ChartLockReader
{
    public static IReadOnlyList<LockedPackage> Read(string path, string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw LockFileError.At(path, (int)e.Start.Line, Messages.NotValidYaml(e.Message.Split('\n')[0]));
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw LockFileError.At(path, 1, "expected a mapping with 'dependencies'");
        }

        if (!root.Children.TryGetValue(new YamlScalarNode("dependencies"), out var dependencies))
        {
            throw LockFileError.At(path, (int)root.Start.Line, "field 'dependencies' is missing");
        }

        if (dependencies is YamlScalarNode { Value: null or "" or "null" or "~" })
        {
            return [];
        }

        if (dependencies is not YamlSequenceNode items)
        {
            throw LockFileError.At(path, (int)dependencies.Start.Line, "field 'dependencies' must be a list");
        }

        var packages = new List<LockedPackage>();
        for (var i = 0; i < items.Children.Count; i++)
        {
            var field = $"dependencies[{i}]";
            if (items.Children[i] is not YamlMappingNode item)
            {
                throw LockFileError.At(path, (int)items.Children[i].Start.Line, $"field '{field}' must be a mapping");
            }

            var name = RequireScalar(path, item, "name", field);
            var version = RequireScalar(path, item, "version", field);
            var repository = item.Children.TryGetValue(new YamlScalarNode("repository"), out var r) ? (r as YamlScalarNode)?.Value : null;
            var qualifiers = string.IsNullOrEmpty(repository) ? null : new[] { KeyValuePair.Create("repository_url", repository) };
            packages.Add(new LockedPackage(name, version, PackageUrl.Create("helm", null, name, version, qualifiers), path));
        }

        return packages;
    }

    private static string RequireScalar(string path, YamlMappingNode item, string key, string field)
    {
        if (!item.Children.TryGetValue(new YamlScalarNode(key), out var node))
        {
            throw LockFileError.At(path, (int)item.Start.Line, $"field '{field}.{key}' is missing");
        }

        return node is YamlScalarNode { Value: { Length: > 0 } value }
            ? value
            : throw LockFileError.At(path, (int)node.Start.Line, $"field '{field}.{key}' must be a non-empty string");
    }
}

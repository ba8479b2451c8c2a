using YamlDotNet.RepresentationModel;

namespace Steward.Tests.Ci;

/// <summary>A generated CI file read as YAML nodes, to check its keys the way the CI system reads them.</summary>
internal static class WorkflowYaml
{
    public static YamlMappingNode Load(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    /// <summary>The node under <paramref name="keys"/>, one mapping key after another.</summary>
    public static YamlNode At(YamlNode node, params string[] keys) =>
        keys.Aggregate(node, (n, k) => ((YamlMappingNode)n).Children[new YamlScalarNode(k)]);
}

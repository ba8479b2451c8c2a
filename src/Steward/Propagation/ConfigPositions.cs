using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Steward.Propagation;

/// <summary>Lines of the propagate entries in steward.yml, so configuration errors can name the line to fix.</summary>
internal static class ConfigPositions
{
    /// <summary>The 1-based line of <c>propagate.targets[index]</c>, or of <c>propagate.exclude[index]</c>; 1 when unknown.</summary>
    public static int LineOf(string? yaml, string list, int index)
    {
        if (yaml is null)
        {
            return 1;
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count > 0
                && stream.Documents[0].RootNode is YamlMappingNode root
                && root.Children.TryGetValue(new YamlScalarNode("propagate"), out var section)
                && section is YamlMappingNode propagate
                && propagate.Children.TryGetValue(new YamlScalarNode(list), out var items)
                && items is YamlSequenceNode sequence
                && index < sequence.Children.Count)
            {
                return (int)sequence.Children[index].Start.Line;
            }
        }
        catch (YamlException)
        {
            // The loader has already accepted this file; a position is a courtesy, never a second failure.
        }

        return 1;
    }
}

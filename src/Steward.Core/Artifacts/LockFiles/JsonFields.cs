using Steward.Core.Artifacts.Formats;

namespace Steward.Core.Artifacts.LockFiles;

/// <summary>Typed access to JSON lock file fields, failing with the file, line and field when a type is wrong.</summary>
internal static class JsonFields
{
    public static LineJsonNode RequireObject(string path, LineJsonNode node, string field)
    {
        if (node.Kind != JsonNodeKind.Object)
        {
            throw LockFileError.At(path, node.Line, $"field '{field}' must be an object, not {node.Describe()}");
        }

        return node;
    }

    public static string RequireString(string path, LineJsonNode parent, string name, string field)
    {
        var node = parent.Get(name) ?? throw LockFileError.At(path, parent.Line, $"field '{field}' is missing");
        if (node.Kind != JsonNodeKind.String || string.IsNullOrWhiteSpace(node.Text))
        {
            throw LockFileError.At(path, node.Line, $"field '{field}' must be a non-empty string, not {node.Describe()}");
        }

        return node.Text;
    }
}

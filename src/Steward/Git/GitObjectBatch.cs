using System.Globalization;
using System.Text;
using Steward.Core.Errors;

namespace Steward.Git;

/// <summary>
/// Parses the output of <c>git cat-file --batch</c>: for each request, a header line
/// <c>ID TYPE SIZE</c> (or <c>ID missing</c>), then exactly SIZE raw bytes and a newline.
/// </summary>
internal static class GitObjectBatch
{
    public static IReadOnlyDictionary<string, byte[]> Read(Stream output, IReadOnlyList<string> objectIds)
    {
        var objects = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var id in objectIds)
        {
            var header = ReadLine(output) ?? throw Messages.GitObjectStreamEnded(id);
            var fields = header.Split(' ');
            if (fields.Length != 3 || !long.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var size))
            {
                throw Messages.GitObjectUnreadable(id, header);
            }

            var content = new byte[size];
            output.ReadExactly(content);
            output.ReadExactly(new byte[1]);
            objects[id] = content;
        }

        return objects;
    }

    private static string? ReadLine(Stream stream)
    {
        var bytes = new List<byte>();
        int b;
        while ((b = stream.ReadByte()) >= 0 && b != '\n')
        {
            bytes.Add((byte)b);
        }

        return b < 0 && bytes.Count == 0 ? null : Encoding.UTF8.GetString([.. bytes]);
    }
}

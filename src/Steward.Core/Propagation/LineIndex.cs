namespace Steward.Core.Propagation;

/// <summary>Maps character offsets to 1-based lines and back; a line ends at '\n', so CRLF and LF count alike.</summary>
public sealed class LineIndex
{
    private readonly List<int> starts = [0];

    public LineIndex(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }
    }

    /// <summary>The 1-based line that holds <paramref name="offset"/>.</summary>
    public int LineOf(int offset)
    {
        var index = starts.BinarySearch(offset);
        return index >= 0 ? index + 1 : ~index;
    }

    /// <summary>The offset of a 1-based line and column, as parsers report them.</summary>
    public int OffsetOf(int line, int column) => starts[Math.Clamp(line, 1, starts.Count) - 1] + column - 1;
}

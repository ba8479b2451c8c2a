using System.Globalization;
using System.Text;
using DiffPlex;

namespace Steward.Core.Diff;

/// <summary>
/// Unified diffs in the form <c>git apply</c> takes: <c>a/</c> and <c>b/</c> paths relative to the root, three lines of
/// context, line endings kept as they are, and the "No newline at end of file" marker where a file lacks one.
/// </summary>
public static class UnifiedDiff
{
    private const int Context = 3;

    /// <summary>The diff from <paramref name="oldText"/> to <paramref name="newText"/>; empty when they are equal.
    /// A null <paramref name="oldText"/> is a new file.</summary>
    public static string Create(string relativePath, string? oldText, string newText)
    {
        if (string.Equals(oldText, newText, StringComparison.Ordinal))
        {
            return string.Empty;
        }

        var path = relativePath.Replace('\\', '/');
        var result = new Differ().CreateCustomDiffs(oldText ?? string.Empty, newText, false, false, LineChunker.Chunk);
        var a = result.PiecesOld;
        var b = result.PiecesNew;
        var sb = new StringBuilder();
        sb.Append("diff --git a/").Append(path).Append(" b/").Append(path).Append('\n');
        if (oldText is null)
        {
            sb.Append("new file mode 100644\n--- /dev/null\n");
        }
        else
        {
            sb.Append("--- a/").Append(path).Append('\n');
        }

        sb.Append("+++ b/").Append(path).Append('\n');

        var blocks = result.DiffBlocks;
        var i = 0;
        while (i < blocks.Count)
        {
            // Group blocks whose context windows touch into one hunk.
            var j = i;
            while (j + 1 < blocks.Count && blocks[j + 1].DeleteStartA - (blocks[j].DeleteStartA + blocks[j].DeleteCountA) <= 2 * Context)
            {
                j++;
            }

            var startA = Math.Max(0, blocks[i].DeleteStartA - Context);
            var startB = Math.Max(0, blocks[i].InsertStartB - Context);
            var endA = Math.Min(a.Count, blocks[j].DeleteStartA + blocks[j].DeleteCountA + Context);
            var endB = Math.Min(b.Count, blocks[j].InsertStartB + blocks[j].InsertCountB + Context);
            sb.Append("@@ -").Append(HunkRange(startA, endA - startA)).Append(" +").Append(HunkRange(startB, endB - startB)).Append(" @@\n");

            var posA = startA;
            for (var k = i; k <= j; k++)
            {
                var block = blocks[k];
                for (; posA < block.DeleteStartA; posA++)
                {
                    Line(sb, ' ', a[posA]);
                }

                for (var d = 0; d < block.DeleteCountA; d++)
                {
                    Line(sb, '-', a[block.DeleteStartA + d]);
                }

                for (var n = 0; n < block.InsertCountB; n++)
                {
                    Line(sb, '+', b[block.InsertStartB + n]);
                }

                posA = block.DeleteStartA + block.DeleteCountA;
            }

            for (; posA < endA; posA++)
            {
                Line(sb, ' ', a[posA]);
            }

            i = j + 1;
        }

        return sb.ToString();
    }

    /// <summary>
    /// The diff that creates a file, written line by line as <paramref name="content"/> is read, so a file of any size
    /// is never held whole. It equals <see cref="Create"/> with no old text; <paramref name="lineCount"/> is the
    /// number of lines in <paramref name="content"/>, which the hunk header needs before the first line.
    /// </summary>
    public static void WriteNewFile(TextWriter output, string relativePath, int lineCount, TextReader content)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(relativePath);
        ArgumentNullException.ThrowIfNull(content);
        if (lineCount == 0)
        {
            return;
        }

        var path = relativePath.Replace('\\', '/');
        var sb = new StringBuilder();
        sb.Append("diff --git a/").Append(path).Append(" b/").Append(path).Append("\nnew file mode 100644\n--- /dev/null\n");
        sb.Append("+++ b/").Append(path).Append("\n@@ -0,0 +").Append(HunkRange(0, lineCount)).Append(" @@\n");
        output.Write(sb);
        foreach (var line in LineChunker.Split(content))
        {
            sb.Clear();
            Line(sb, '+', line);
            output.Write(sb);
        }
    }

    /// <summary>How many lines <see cref="WriteNewFile"/> will write for <paramref name="content"/>.</summary>
    public static int CountLines(TextReader content) => LineChunker.Split(content).Count();

    private static string HunkRange(int start, int count) =>
        count == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{start},0")
            : count == 1
                ? (start + 1).ToString(CultureInfo.InvariantCulture)
                : string.Create(CultureInfo.InvariantCulture, $"{start + 1},{count}");

    private static void Line(StringBuilder sb, char marker, string line)
    {
        sb.Append(marker).Append(line);
        if (!line.EndsWith('\n'))
        {
            sb.Append("\n\\ No newline at end of file\n");
        }
    }
}

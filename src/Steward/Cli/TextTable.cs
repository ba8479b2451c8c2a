using System.Text;

namespace Steward.Cli;

/// <summary>
/// A plain-text table: columns padded with spaces, a header row, no colour and no box drawing, so it reads the same in
/// a terminal, a CI log or a file. The last column is never padded (long subjects do not push trailing spaces).
/// </summary>
internal sealed class TextTable
{
    private readonly string[] headers;
    private readonly List<string[]> rows = [];

    public TextTable(params string[] headers) => this.headers = headers;

    /// <summary>A row; its cells (subjects, scopes from git) are shown with control characters escaped.</summary>
    public void Add(params string[] cells) => rows.Add([.. cells.Select(Core.Text.UntrustedText.Terminal)]);

    public void Write(TextWriter output)
    {
        var widths = new int[headers.Length];
        foreach (var row in rows.Prepend(headers))
        {
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        var line = new StringBuilder();
        foreach (var row in rows.Prepend(headers))
        {
            line.Clear();
            for (var i = 0; i < row.Length; i++)
            {
                line.Append(i == row.Length - 1 ? row[i] : row[i].PadRight(widths[i] + 2));
            }

            output.WriteLine(line.ToString().TrimEnd());
        }
    }
}

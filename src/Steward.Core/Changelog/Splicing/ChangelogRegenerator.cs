namespace Steward.Core.Changelog.Splicing;

/// <summary>
/// Writes a whole changelog from release blocks given newest first, one at a time, straight to
/// <paramref name="output"/>: the file's own preamble is kept (or the standard header written for a new file), and
/// memory never holds more than one release.
/// </summary>
public static class ChangelogRegenerator
{
    public static void Write(TextWriter output, ChangelogText? existing, IEnumerable<string> blocksNewestFirst)
    {
        var newline = existing?.Newline ?? "\n";
        string preamble;
        if (existing is null)
        {
            preamble = Rendering.BuiltInTemplates.Header.TrimEnd('\n') + "\n\n";
        }
        else
        {
            var document = ChangelogDocument.Parse(existing.Text);
            preamble = existing.Text[..document.PreambleEnd];
            if (preamble.Length > 0 && !preamble.EndsWith(newline + newline, StringComparison.Ordinal))
            {
                preamble += preamble.EndsWith('\n') ? newline : newline + newline;
            }
        }

        output.Write(preamble);
        var first = true;
        foreach (var block in blocksNewestFirst)
        {
            if (!first)
            {
                output.Write(newline);
            }

            output.Write(newline == "\n" ? block : block.Replace("\n", newline, StringComparison.Ordinal));
            first = false;
        }
    }
}

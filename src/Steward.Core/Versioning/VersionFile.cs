using Steward.Core.Errors;

namespace Steward.Core.Versioning;

/// <summary>
/// The VERSION file: one version (SemVer, with or without <c>v</c>, or PEP 440), surrounding whitespace and a final
/// newline allowed. Anything else is an error naming the file and line.
/// </summary>
public sealed class VersionFile
{
    private VersionFile(ParsedVersion version, int line, string newline, string text)
    {
        Version = version;
        Line = line;
        Newline = newline;
        Text = text;
    }

    public const string FileName = "VERSION";

    public ParsedVersion Version { get; }

    /// <summary>The 1-based line the version stands on.</summary>
    public int Line { get; }

    /// <summary>The line ending the file uses, so a rewrite keeps it.</summary>
    public string Newline { get; }

    /// <summary>The file's text as read (without a byte order mark), so a plan shows its edit without reading it again.</summary>
    public string Text { get; }

    public static VersionFile Parse(string displayPath, string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var text = content.StartsWith('\uFEFF') ? content[1..] : content;
        var lines = text.Split('\n');
        string? found = null;
        var foundLine = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r').Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (found is not null)
            {
                throw Messages.VersionFileTrailingText(displayPath, i + 1, Shorten(line), foundLine);
            }

            found = line;
            foundLine = i + 1;
        }

        if (found is null)
        {
            throw Messages.VersionFileEmpty(displayPath);
        }

        ParsedVersion version;
        try
        {
            version = ParsedVersion.Parse(found);
        }
        catch (VersionFormatException e)
        {
            throw Messages.VersionFileNotAVersion(displayPath, foundLine, e);
        }

        return new VersionFile(version, foundLine, text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n", text);
    }

    /// <summary>The file's new content: the version in canonical form and one final newline.</summary>
    public static string Render(ParsedVersion version, string newline = "\n") => version + newline;

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..37] + "...";
}

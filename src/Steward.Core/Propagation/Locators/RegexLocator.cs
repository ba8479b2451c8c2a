using System.Text.RegularExpressions;
using Steward.Core.Versioning;

namespace Steward.Core.Propagation.Locators;

/// <summary>
/// A configured target: every match of a regular expression, whose named group <c>version</c> is the token replaced.
/// <c>^</c> and <c>$</c> match at line starts and ends.
/// </summary>
public sealed class RegexLocator : IVersionLocator
{
    private readonly Regex regex;
    private readonly VersionForm form;

    public RegexLocator(Regex regex, VersionForm form)
    {
        this.regex = regex;
        this.form = form;
    }

    public string Description => $"pattern '{regex}' ({form})";

    public IReadOnlyList<VersionSlot> Locate(string path, string text)
    {
        var lines = new LineIndex(text);
        return regex.Matches(text)
            .Select(m => m.Groups["version"])
            .Where(g => g.Success)
            .Select(g => new VersionSlot(g.Index, g.Length, g.Value, lines.LineOf(g.Index), form, "pattern"))
            .ToList();
    }
}

using System.Text.RegularExpressions;
using Steward.Core.Text;
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
    private readonly string key;

    /// <param name="key">The setting the pattern came from, named when a match runs past its timeout.</param>
    public RegexLocator(Regex regex, VersionForm form, string key = "pattern")
    {
        this.regex = regex;
        this.form = form;
        this.key = key;
    }

    public string Description => $"pattern '{regex}' ({form})";

    public IReadOnlyList<VersionSlot> Locate(string path, string text)
    {
        var lines = new LineIndex(text);
        return UserRegex.Run(key, regex, () => regex.Matches(text)
            .Select(m => m.Groups["version"])
            .Where(g => g.Success)
            .Select(g => new VersionSlot(g.Index, g.Length, g.Value, lines.LineOf(g.Index), form, "pattern"))
            .ToList());
    }
}

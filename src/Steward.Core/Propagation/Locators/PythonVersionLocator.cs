using System.Text.RegularExpressions;
using Steward.Core.Versioning;

namespace Steward.Core.Propagation.Locators;

/// <summary>
/// <c>__version__ = "1.2.0"</c> at the start of a line in <c>__init__.py</c>, <c>_version.py</c> or <c>version.py</c>:
/// single or double quotes, with or without a type annotation, also chained. Written in PEP 440.
/// </summary>
public sealed partial class PythonVersionLocator : IVersionLocator
{
    public string Description => "Python __version__ (PEP 440)";

    public IReadOnlyList<VersionSlot> Locate(string path, string text)
    {
        var lines = new LineIndex(text);
        var slots = Assignment().Matches(text)
            .Select(m => m.Groups["version"])
            .Select(g => new VersionSlot(g.Index, g.Length, g.Value, lines.LineOf(g.Index), VersionForm.Pep440, "__version__"))
            .ToList();
        return LocatorErrors.Single(path, slots);
    }

    // A chained assignment (__version__ = version = '1.0', as setuptools-scm writes it) counts too.
    [GeneratedRegex("""^__version__[ \t]*(?::[^=\r\n]+)?=[ \t]*(?:[A-Za-z_][A-Za-z0-9_]*[ \t]*=[ \t]*)*(?<quote>['"])(?<version>[^'"\r\n]*)\k<quote>""", RegexOptions.Multiline | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Assignment();
}

using System.Text.RegularExpressions;

namespace Steward.Core.Artifacts.Charts;

/// <summary>One line of a <c>.helmignore</c>: a glob, maybe negated (<c>!</c>), maybe only for directories (trailing <c>/</c>).</summary>
public sealed class HelmIgnoreRule
{
    private readonly Regex pattern;
    private readonly bool matchesBaseName;

    public HelmIgnoreRule(string rule)
    {
        Negated = rule.StartsWith('!');
        var body = Negated ? rule[1..] : rule;
        DirectoryOnly = body.EndsWith('/');
        body = body.TrimEnd('/');
        var rooted = body.StartsWith('/');
        body = body.TrimStart('/');
        // Helm matches a pattern without a slash against the base name, any other against the path from the chart root.
        matchesBaseName = !rooted && !body.Contains('/', StringComparison.Ordinal);
        pattern = new Regex("^" + GlobToRegex(body) + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    public bool Negated { get; }

    public bool DirectoryOnly { get; }

    public bool Matches(string path) => pattern.IsMatch(matchesBaseName ? path[(path.LastIndexOf('/') + 1)..] : path);

    /// <summary>Go's filepath.Match syntax: <c>*</c> and <c>?</c> never cross a '/', <c>[...]</c> classes, <c>\</c> escapes.</summary>
    private static string GlobToRegex(string glob)
    {
        var regex = new System.Text.StringBuilder();
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            switch (c)
            {
                case '*':
                    regex.Append("[^/]*");
                    break;
                case '?':
                    regex.Append("[^/]");
                    break;
                case '[':
                    var end = glob.IndexOf(']', i + 1);
                    if (end < 0)
                    {
                        regex.Append(@"\[");
                        break;
                    }

                    var set = glob[(i + 1)..end];
                    regex.Append('[').Append(set.StartsWith('^') ? "^" + Regex.Escape(set[1..]) : Regex.Escape(set)).Append(']');
                    i = end;
                    break;
                case '\\' when i + 1 < glob.Length:
                    regex.Append(Regex.Escape(glob[++i].ToString()));
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        return regex.ToString();
    }
}

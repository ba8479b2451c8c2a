namespace Steward.Core.Artifacts.Charts;

/// <summary>
/// The rules of a chart's <c>.helmignore</c>, applied as <c>helm package</c> does: the first rule that matches decides
/// (a negated one keeps the path), an ignored directory drops everything in it, and hidden files under
/// <c>templates/</c> are always left out (Helm's built-in rule).
/// </summary>
public sealed class HelmIgnore
{
    public const string FileName = ".helmignore";

    private readonly List<HelmIgnoreRule> rules = [new("templates/.?*")];

    public HelmIgnore(string? text)
    {
        foreach (var line in (text ?? string.Empty).Split('\n'))
        {
            var rule = line.Trim();
            if (rule.Length > 0 && !rule.StartsWith('#'))
            {
                rules.Add(new HelmIgnoreRule(rule));
            }
        }
    }

    /// <summary>Whether a file (path relative to the chart, '/'-separated) is left out of the package.</summary>
    public bool IsIgnored(string path)
    {
        var parts = path.Split('/');
        for (var depth = 1; depth < parts.Length; depth++)
        {
            if (Decide(string.Join('/', parts[..depth]), isDirectory: true))
            {
                return true;
            }
        }

        return Decide(path, isDirectory: false);
    }

    private bool Decide(string path, bool isDirectory)
    {
        foreach (var rule in rules)
        {
            if (rule.DirectoryOnly && !isDirectory)
            {
                continue;
            }

            if (rule.Matches(path))
            {
                return !rule.Negated;
            }
        }

        return false;
    }
}

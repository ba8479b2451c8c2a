using System.Text.RegularExpressions;
using Steward.Core.Configuration;
using Steward.Core.Errors;

namespace Steward.Core.Changelog;

/// <summary>
/// The <c>changelog:</c> settings checked and merged with the defaults: which section each commit goes to, the titles
/// and order of sections, and which commits are left out. Mistakes are reported naming the key.
/// </summary>
public sealed class ChangelogOptions
{
    private ChangelogOptions(
        IReadOnlyDictionary<string, string> titles,
        IReadOnlyList<string> order,
        IReadOnlyDictionary<string, string> types,
        IReadOnlySet<string> hiddenTypes,
        bool showScope,
        IReadOnlyList<Regex> exclude,
        IReadOnlyList<string> skipCommits)
    {
        Titles = titles;
        Order = order;
        Types = types;
        HiddenTypes = hiddenTypes;
        ShowScope = showScope;
        Exclude = exclude;
        SkipCommits = skipCommits;
    }

    public IReadOnlyDictionary<string, string> Titles { get; }

    public IReadOnlyList<string> Order { get; }

    public IReadOnlyDictionary<string, string> Types { get; }

    public IReadOnlySet<string> HiddenTypes { get; }

    public bool ShowScope { get; }

    public IReadOnlyList<Regex> Exclude { get; }

    public IReadOnlyList<string> SkipCommits { get; }

    public static ChangelogOptions Default { get; } = From(new ChangelogConfig());

    public static ChangelogOptions From(ChangelogConfig config)
    {
        var titles = new Dictionary<string, string>(SectionKeys.DefaultTitles, StringComparer.Ordinal);
        foreach (var (key, title) in config.Titles)
        {
            titles[key] = title;
        }

        var types = new Dictionary<string, string>(SectionKeys.DefaultTypes, StringComparer.Ordinal);
        var hidden = new HashSet<string>(config.HiddenTypes ?? SectionKeys.DefaultHiddenTypes, StringComparer.Ordinal);
        foreach (var (type, section) in config.Types)
        {
            types[type.ToLowerInvariant()] = section;

            // Mapping a type to a section is asking to see it, even if it is hidden by default.
            hidden.Remove(type.ToLowerInvariant());
        }

        var order = config.Order.Count > 0 ? config.Order : SectionKeys.DefaultOrder;
        foreach (var key in order.Concat(types.Values))
        {
            if (!titles.ContainsKey(key))
            {
                throw new StewardException(FailureKind.InvalidInput,
                    $"steward.yml: changelog section '{key}' has no title; add it under changelog.titles or use one of {string.Join(", ", SectionKeys.DefaultTitles.Keys)}");
            }
        }

        var exclude = config.Exclude.Select(pattern => Compile(pattern)).ToList();
        var skip = new List<string>();
        foreach (var sha in config.SkipCommits)
        {
            var trimmed = sha.Trim().ToLowerInvariant();
            if (trimmed.Length < 7 || !trimmed.All(char.IsAsciiHexDigit))
            {
                throw new StewardException(FailureKind.InvalidInput,
                    $"steward.yml: changelog.skipCommits '{sha}' is not a commit sha; write at least 7 hex digits of the commit to leave out");
            }

            skip.Add(trimmed);
        }

        return new ChangelogOptions(titles, order.ToList(), types, hidden, config.ShowScope, exclude, skip);
    }

    private static Regex Compile(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            throw new StewardException(FailureKind.InvalidInput, $"steward.yml: changelog.exclude '{pattern}' is not a valid regular expression: {e.Message}", e);
        }
    }
}

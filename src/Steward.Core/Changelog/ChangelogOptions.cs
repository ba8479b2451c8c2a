using System.Text.RegularExpressions;
using Steward.Core.Commits;
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
        IReadOnlyList<string> skipCommits,
        MergePolicy merges)
    {
        Merges = merges;
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

    /// <summary>What a pull request merged with a merge commit is listed as (<c>commits.merges</c>).</summary>
    public MergePolicy Merges { get; }

    public static ChangelogOptions Default { get; } = From(new ChangelogConfig());

    /// <summary>The options of <paramref name="config"/>, listing pull request merges as <paramref name="merges"/> says.</summary>
    public static ChangelogOptions From(ChangelogConfig config, MergePolicy merges = MergePolicy.BranchCommits)
    {
        if (string.IsNullOrWhiteSpace(config.File))
        {
            throw Messages.ChangelogFileEmpty();
        }

        var titles = new Dictionary<string, string>(SectionKeys.DefaultTitles, StringComparer.Ordinal);
        foreach (var (key, title) in config.Titles)
        {
            // An empty title would render as a bare "###" heading, which Markdown reads as an empty heading.
            titles[key] = string.IsNullOrWhiteSpace(title)
                ? throw Messages.ChangelogTitleEmpty(key, SectionKeys.DefaultTitles.GetValueOrDefault(key, key))
                : title;
        }

        // Types are compared in lower case (a commit's "Feat:" is a feat), so the hidden list is too.
        var types = new Dictionary<string, string>(SectionKeys.DefaultTypes, StringComparer.Ordinal);
        var hidden = new HashSet<string>(
            (config.HiddenTypes ?? SectionKeys.DefaultHiddenTypes).Select(t => Required(t, "changelog.hiddenTypes").ToLowerInvariant()),
            StringComparer.Ordinal);
        foreach (var (type, section) in config.Types)
        {
            types[type.ToLowerInvariant()] = Required(section, $"changelog.types.{type}");

            // Mapping a type to a section is asking to see it, even if it is hidden by default.
            hidden.Remove(type.ToLowerInvariant());
        }

        var order = config.Order.Count > 0 ? config.Order : SectionKeys.DefaultOrder;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in order)
        {
            // A section listed twice would show its entries twice.
            if (!seen.Add(Required(key, "changelog.order")))
            {
                throw Messages.ChangelogOrderTwice(key);
            }
        }

        foreach (var key in order.Concat(types.Values))
        {
            if (!titles.ContainsKey(key))
            {
                throw Messages.ChangelogSectionWithoutTitle(key, SectionKeys.DefaultTitles.Keys);
            }
        }

        var exclude = config.Exclude.Select(pattern => Compile(Required(pattern, "changelog.exclude"))).ToList();
        var skip = new List<string>();
        foreach (var sha in config.SkipCommits)
        {
            var trimmed = Required(sha, "changelog.skipCommits").Trim().ToLowerInvariant();
            if (trimmed.Length < 7 || !trimmed.All(char.IsAsciiHexDigit))
            {
                throw Messages.SkipCommitNotASha(sha);
            }

            skip.Add(trimmed);
        }

        return new ChangelogOptions(titles, order.ToList(), types, hidden, config.ShowScope, exclude, skip, merges);
    }

    /// <summary>
    /// A list item or mapping value as written; YAML reads <c>- </c> or <c>key: ~</c> as null, which no item may be.
    /// </summary>
    private static string Required(string? value, string key) =>
        string.IsNullOrWhiteSpace(value) ? throw Messages.ConfigEmptyItem(key) : value;

    private static Regex Compile(string pattern)
    {
        try
        {
            return Text.UserRegex.Compile(pattern, RegexOptions.None);
        }
        catch (ArgumentException e)
        {
            throw Messages.ChangelogExcludeNotARegex(pattern, e);
        }
    }
}

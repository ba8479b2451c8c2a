using System.Globalization;
using Steward.Core.Text;

namespace Steward.Core.Changelog.Rendering;

/// <summary>
/// What a template sees: a tree of dictionaries with camelCase names (documented in docs/changelog.md), with text
/// already made safe for Markdown and the common link forms ready-made, so templates stay short.
/// </summary>
internal static class TemplateModel
{
    private const string NoteIndent = "  ";

    public static Dictionary<string, object?> From(Release release)
    {
        var info = release.Info;

        // An entry is in its section and under breakingChanges too, and the same people wrote many of them: each
        // entry's and person's model is made once and shared, as nothing that reads the model changes it.
        var entries = new Dictionary<ReleaseEntry, Dictionary<string, object?>>(ReferenceEqualityComparer.Instance);
        var people = new Dictionary<Person, Dictionary<string, object?>>();
        Dictionary<string, object?> EntryOnce(ReleaseEntry entry) =>
            entries.TryGetValue(entry, out var made) ? made : entries[entry] = Entry(entry, PersonOnce);
        Dictionary<string, object?> PersonOnce(Person person) =>
            people.TryGetValue(person, out var made) ? made : people[person] = Person(person);

        var sections = release.Sections.Select(section => Section(section, EntryOnce)).ToList();
        return new Dictionary<string, object?>(16, StringComparer.Ordinal)
        {
            ["version"] = info.Version,
            ["tag"] = info.TagName,
            ["date"] = info.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["previousVersion"] = info.PreviousVersion,
            ["previousTag"] = info.PreviousTagName,
            ["compareUrl"] = release.CompareUrl,
            ["tagUrl"] = release.TagUrl,
            ["url"] = release.CompareUrl ?? release.TagUrl,
            ["hasEntries"] = release.HasEntries,
            ["hasChanges"] = release.HasChanges,
            ["dependencies"] = release.Dependencies.Select(Dependency).ToList(),
            ["sections"] = sections,
            ["nonEmptySections"] = sections.Where(s => (bool)s["hasEntries"]!).ToList(),
            ["breakingChanges"] = release.BreakingChanges.Select(EntryOnce).ToList(),
            ["contributors"] = release.Contributors.Select(PersonOnce).ToList(),
        };
    }

    private static Dictionary<string, object?> Dependency(DependencyUpdate update) => new(StringComparer.Ordinal)
    {
        ["component"] = UntrustedText.Markdown(update.Component),
        ["version"] = UntrustedText.Markdown(update.Version),
    };

    private static Dictionary<string, object?> Section(ReleaseSection section, Func<ReleaseEntry, Dictionary<string, object?>> entry) =>
        new(4, StringComparer.Ordinal)
        {
            ["key"] = section.Key,
            ["title"] = UntrustedText.Markdown(section.Title),
            ["hasEntries"] = section.Entries.Count > 0,
            ["entries"] = section.Entries.Select(entry).ToList(),
        };

    private static Dictionary<string, object?> Entry(ReleaseEntry entry, Func<Person, Dictionary<string, object?>> person)
    {
        // A reference written in the description is linked where it stands; the list after it has the others.
        // Loops, not LINQ: this runs for every entry, and most have no reference at all.
        var references = new List<Dictionary<string, object?>>();
        Dictionary<string, string>? inText = null;
        foreach (var reference in entry.References)
        {
            if (!reference.InText)
            {
                references.Add(Reference(reference));
            }

            if (reference.Url is not null && reference.Kind != ReferenceKind.Advisory)
            {
                inText ??= new Dictionary<string, string>(StringComparer.Ordinal);
                inText.TryAdd(reference.Text, reference.Url);
            }
        }

        var authors = entry.Authors.Select(person).ToList();
        var notes = entry.BreakingNotes.Select(n => UntrustedText.MarkdownBlock(n, NoteIndent)).ToList();
        return new Dictionary<string, object?>(16, StringComparer.Ordinal)
        {
            ["description"] = UntrustedText.Markdown(entry.Description, inText),
            ["rawDescription"] = UntrustedText.TagMessage(entry.Description),
            ["scope"] = entry.Scope is null ? null : UntrustedText.Markdown(entry.Scope),
            ["sha"] = entry.Sha,
            ["shortSha"] = entry.ShortSha,
            ["commitUrl"] = entry.CommitUrl,
            ["commit"] = entry.CommitUrl is null ? $"`{entry.ShortSha}`" : $"[`{entry.ShortSha}`]({entry.CommitUrl})",
            ["references"] = references,
            ["refs"] = references.Count == 0 ? null : string.Join(", ", references.Select(r => (string)r["link"]!)),
            ["authors"] = authors,
            ["authorMentions"] = authors.Count == 0 ? null : string.Join(", ", authors.Select(a => (string)a["mention"]!)),
            ["breaking"] = entry.IsBreaking,
            ["notes"] = notes,
            ["hasNotes"] = notes.Count > 0,
        };
    }

    private static Dictionary<string, object?> Reference(EntryReference reference) => new(4, StringComparer.Ordinal)
    {
        ["kind"] = reference.Kind switch
        {
            ReferenceKind.PullRequest => "pullRequest",
            ReferenceKind.Issue => "issue",
            ReferenceKind.Mention => "mention",
            _ => "advisory",
        },
        ["text"] = reference.Text,
        ["url"] = reference.Url,
        ["link"] = reference.Url is null ? reference.Text : $"[{reference.Text}]({reference.Url})",
    };

    private static Dictionary<string, object?> Person(Person person)
    {
        // Author, Co-authored-by and .mailmap names are whatever a contributor typed: escaped whole, never a link.
        var name = UntrustedText.MarkdownName(person.Name);
        return new Dictionary<string, object?>(5, StringComparer.Ordinal)
        {
            ["name"] = name,
            ["email"] = UntrustedText.MarkdownName(person.Email),
            ["handle"] = person.Handle,
            ["url"] = person.ProfileUrl,
            ["mention"] = person.Handle is null ? name : person.ProfileUrl is null ? $"@{person.Handle}" : $"[@{person.Handle}]({person.ProfileUrl})",
        };
    }
}

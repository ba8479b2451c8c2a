using System.Collections;

namespace Steward.Core.Changelog.Rendering;

/// <summary>
/// The built-in templates (Changelog/Templates/*.hbs) written out as code, writing exactly what Handlebars.Net writes
/// for them (standalone block lines dropped, NoEscape, <c>#if</c> false for null, false, "" and an empty list), over the
/// same model. Under Native AOT Handlebars.Net compiles a template to expression trees that run interpreted through
/// reflection: for the default changelog of a few hundred commits that cost more than the rest of the run together
/// (about 80 M instructions against 15 M). A user's own template still goes through Handlebars.Net;
/// <c>BuiltInRenderingTests</c> renders releases of every shape both ways and compares them.
/// </summary>
internal static class BuiltInRendering
{
    /// <summary>The renderer of the built-in template <paramref name="name"/>, or null when there is none by that name.</summary>
    public static Action<TextWriter, IReadOnlyDictionary<string, object?>>? For(string name) => name switch
    {
        BuiltInTemplates.KeepAChangelog => KeepAChangelog,
        BuiltInTemplates.GitHub => GitHub,
        BuiltInTemplates.Full => Full,
        _ => null,
    };

    private static void KeepAChangelog(TextWriter w, IReadOnlyDictionary<string, object?> model)
    {
        Heading(w, model);
        foreach (var section in Items(model, "nonEmptySections"))
        {
            w.Write("\n### ");
            w.Write(Text(section, "title"));
            w.Write("\n\n");
            foreach (var entry in Items(section, "entries"))
            {
                EntryLine(w, entry, withAuthors: false);
                Notes(w, entry);
            }
        }

        if (Truthy(model, "dependencies"))
        {
            w.Write("\n### Dependencies\n\n");
            Dependencies(w, model);
        }

        if (!Truthy(model, "hasChanges"))
        {
            w.Write("\nNo notable changes.\n");
        }
    }

    private static void GitHub(TextWriter w, IReadOnlyDictionary<string, object?> model)
    {
        foreach (var section in Items(model, "nonEmptySections"))
        {
            w.Write("## ");
            w.Write(Text(section, "title"));
            w.Write("\n\n");
            foreach (var entry in Items(section, "entries"))
            {
                EntryLine(w, entry, withAuthors: true);
                Notes(w, entry);
            }

            w.Write('\n');
        }

        if (Truthy(model, "dependencies"))
        {
            w.Write("## Dependencies\n\n");
            Dependencies(w, model);
            w.Write('\n');
        }

        if (!Truthy(model, "hasChanges"))
        {
            w.Write("No notable changes.\n\n");
        }

        if (Truthy(model, "contributors"))
        {
            w.Write("## Contributors\n\n");
            Contributors(w, model);
            w.Write('\n');
        }

        if (Truthy(model, "compareUrl"))
        {
            w.Write("**Full Changelog**: [");
            w.Write(Text(model, "previousTag"));
            w.Write("...");
            w.Write(Text(model, "tag"));
            w.Write("](");
            w.Write(Text(model, "compareUrl"));
            w.Write(")\n");
        }
    }

    private static void Full(TextWriter w, IReadOnlyDictionary<string, object?> model)
    {
        Heading(w, model);
        foreach (var section in Items(model, "sections"))
        {
            w.Write("\n### ");
            w.Write(Text(section, "title"));
            w.Write("\n\n");
            if (Truthy(section, "hasEntries"))
            {
                foreach (var entry in Items(section, "entries"))
                {
                    EntryLine(w, entry, withAuthors: true);
                    if (Truthy(entry, "hasNotes"))
                    {
                        w.Write("\n  Migration:\n");
                        Notes(w, entry);
                    }
                }
            }
            else
            {
                w.Write("None.\n");
            }
        }

        if (Truthy(model, "dependencies"))
        {
            w.Write("\n### Dependencies\n\n");
            Dependencies(w, model);
        }

        w.Write("\n### Known Issues\n\nNone known.\n\n### Contributors\n\n");
        if (Truthy(model, "contributors"))
        {
            Contributors(w, model);
        }
        else
        {
            w.Write("None.\n");
        }
    }

    /// <summary><c>## {{#if url}}[{{version}}]({{url}}){{else}}{{version}}{{/if}} - {{date}}</c></summary>
    private static void Heading(TextWriter w, IReadOnlyDictionary<string, object?> model)
    {
        w.Write("## ");
        if (Truthy(model, "url"))
        {
            w.Write('[');
            w.Write(Text(model, "version"));
            w.Write("](");
            w.Write(Text(model, "url"));
            w.Write(')');
        }
        else
        {
            w.Write(Text(model, "version"));
        }

        w.Write(" - ");
        w.Write(Text(model, "date"));
        w.Write('\n');
    }

    /// <summary><c>- {{#if scope}}**{{scope}}:** {{/if}}{{description}}{{#if refs}} ({{refs}}){{/if}} ({{commit}})</c>, and the authors where the template names them.</summary>
    private static void EntryLine(TextWriter w, IReadOnlyDictionary<string, object?> entry, bool withAuthors)
    {
        w.Write("- ");
        if (Truthy(entry, "scope"))
        {
            w.Write("**");
            w.Write(Text(entry, "scope"));
            w.Write(":** ");
        }

        w.Write(Text(entry, "description"));
        if (Truthy(entry, "refs"))
        {
            w.Write(" (");
            w.Write(Text(entry, "refs"));
            w.Write(')');
        }

        w.Write(" (");
        w.Write(Text(entry, "commit"));
        w.Write(')');
        if (withAuthors && Truthy(entry, "authorMentions"))
        {
            w.Write(" by ");
            w.Write(Text(entry, "authorMentions"));
        }

        w.Write('\n');
    }

    /// <summary><c>{{#each notes}}</c>: a blank line, then the note indented by two spaces.</summary>
    private static void Notes(TextWriter w, IReadOnlyDictionary<string, object?> entry)
    {
        foreach (var note in Values(entry, "notes"))
        {
            w.Write("\n  ");
            w.Write(note?.ToString());
            w.Write('\n');
        }
    }

    private static void Dependencies(TextWriter w, IReadOnlyDictionary<string, object?> model)
    {
        foreach (var dependency in Items(model, "dependencies"))
        {
            w.Write("- **");
            w.Write(Text(dependency, "component"));
            w.Write(":** updated to ");
            w.Write(Text(dependency, "version"));
            w.Write('\n');
        }
    }

    private static void Contributors(TextWriter w, IReadOnlyDictionary<string, object?> model)
    {
        foreach (var person in Items(model, "contributors"))
        {
            w.Write("- ");
            w.Write(Text(person, "mention"));
            w.Write('\n');
        }
    }

    private static string? Text(IReadOnlyDictionary<string, object?> scope, string key) => scope[key]?.ToString();

    /// <summary>Handlebars' <c>#if</c>: false for null, false, the empty string and an empty list.</summary>
    private static bool Truthy(IReadOnlyDictionary<string, object?> scope, string key) => scope[key] switch
    {
        null => false,
        bool b => b,
        string s => s.Length > 0,
        IEnumerable e => e.GetEnumerator().MoveNext(),
        _ => true,
    };

    private static IEnumerable<object?> Values(IReadOnlyDictionary<string, object?> scope, string key) =>
        scope[key] is IEnumerable items and not string ? items.Cast<object?>() : [];

    private static IEnumerable<IReadOnlyDictionary<string, object?>> Items(IReadOnlyDictionary<string, object?> scope, string key) =>
        Values(scope, key).Cast<IReadOnlyDictionary<string, object?>>();
}

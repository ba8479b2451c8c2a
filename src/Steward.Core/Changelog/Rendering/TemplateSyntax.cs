using Steward.Core.Errors;

namespace Steward.Core.Changelog.Rendering;

/// <summary>
/// Steward's own reading of a committed template's structure, before Handlebars.Net compiles it: an unclosed
/// <c>{{</c>, a block closed by the wrong name or never closed, a block helper without its argument, an unknown
/// helper, a partial. Each is one line naming the template's line, found here rather than read out of the library's
/// English exception text (whose wording and positions are not a contract).
/// </summary>
internal static class TemplateSyntax
{
    /// <summary>The block helpers Handlebars.Net provides and the model's templates use.</summary>
    private static readonly string[] BlockHelpers = ["if", "unless", "each", "with"];

    /// <summary>The other helpers Handlebars.Net provides, with the arguments each takes.</summary>
    private static readonly Dictionary<string, (int Min, int Max, string Example)> Helpers = new(StringComparer.Ordinal)
    {
        ["lookup"] = (2, 3, "{{lookup this \"name\"}}"),
        ["log"] = (1, int.MaxValue, "{{log version}}"),
    };

    public static void Check(ChangelogTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var open = new Stack<(string Name, int Line)>();
        foreach (var mustache in Mustaches(template))
        {
            var words = TemplateWords.Split(mustache.Body);
            if (mustache.Body.StartsWith('>'))
            {
                var name = mustache.Body[1..].Trim().Split(' ', 2)[0];
                throw Error(template, mustache.Line, $"partial '{name}' is not known; a template cannot include partials, so write its text in place");
            }

            if (mustache.Body.StartsWith('#') || mustache.Body.StartsWith('^') && mustache.Body.Length > 1)
            {
                var name = words.Count > 0 ? words[0][1..] : string.Empty;
                var isHelper = BlockHelpers.Contains(name, StringComparer.Ordinal);
                if (isHelper && words.Count < 2)
                {
                    throw Error(template, mustache.Line, $"'{{{{#{name}}}}}' needs an argument, e.g. {{{{#{name} compareUrl}}}}");
                }

                if (!isHelper && words.Count > 1)
                {
                    throw Error(template, mustache.Line,
                        $"unknown block helper '{name}' (the block helpers are {string.Join(", ", BlockHelpers)})");
                }

                open.Push((name, mustache.Line));
                continue;
            }

            if (mustache.Body.StartsWith('/'))
            {
                var name = mustache.Body[1..].Trim();
                if (open.Count == 0)
                {
                    throw Error(template, mustache.Line, $"'{{{{/{name}}}}}' closes no block");
                }

                var (opened, line) = open.Pop();
                if (!string.Equals(opened, name, StringComparison.Ordinal))
                {
                    throw Error(template, mustache.Line, $"'{{{{/{name}}}}}' closes '{{{{#{opened}}}}}' opened on line {line}; close it with '{{{{/{opened}}}}}'");
                }

                continue;
            }

            CheckHelperCall(template, mustache, words);
        }

        if (open.Count > 0)
        {
            var (name, line) = open.Pop();
            throw Error(template, line, $"'{{{{#{name}}}}}' is not closed by '{{{{/{name}}}}}'");
        }
    }

    /// <summary>A plain mustache with arguments calls a helper: it must be one Handlebars.Net provides, used as it takes.</summary>
    private static void CheckHelperCall(ChangelogTemplate template, TemplateMustache mustache, IReadOnlyList<string> words)
    {
        if (words.Count == 0 || words[0] is "else" || words[0].StartsWith('[') || words[0].StartsWith('!'))
        {
            return;
        }

        if (Helpers.TryGetValue(words[0], out var helper))
        {
            var arguments = words.Count - 1;
            if (arguments < helper.Min || arguments > helper.Max)
            {
                var count = helper.Max == int.MaxValue ? $"at least {helper.Min}" : $"{helper.Min} or {helper.Max}";
                throw Error(template, mustache.Line, $"'{{{{{words[0]}}}}}' takes {count} arguments, e.g. {helper.Example}");
            }
        }
        else if (words.Count > 1)
        {
            throw Error(template, mustache.Line,
                $"unknown helper '{words[0]}' (the helpers are {string.Join(", ", Helpers.Keys)}; the block helpers are {string.Join(", ", BlockHelpers)})");
        }
    }

    /// <summary>Every <c>{{...}}</c> of the template with the line it starts on, comments and escaped ones left out.</summary>
    private static IEnumerable<TemplateMustache> Mustaches(ChangelogTemplate template)
    {
        var text = template.Text;
        var at = text.IndexOf("{{", StringComparison.Ordinal);
        while (at >= 0)
        {
            var line = LineOf(text, at);
            if (at > 0 && text[at - 1] == '\\')
            {
                // "\{{" is Handlebars' escape for literal braces.
                at = text.IndexOf("{{", at + 2, StringComparison.Ordinal);
                continue;
            }

            var isLongComment = string.CompareOrdinal(text, at + 2, "!--", 0, 3) == 0
                || string.CompareOrdinal(text, at + 2, "~!--", 0, 4) == 0;
            var closer = isLongComment ? "--}}" : "}}";
            var close = text.IndexOf(closer, at + 2, StringComparison.Ordinal);
            var next = text.IndexOf("{{", at + 2, StringComparison.Ordinal);
            if (close < 0 || (!isLongComment && next >= 0 && next < close))
            {
                throw Error(template, line, "a '{{' is not closed by '}}'");
            }

            var end = close + closer.Length;
            if (end < text.Length && text[end] == '}' && text[at + 2] == '{')
            {
                end++; // the third brace of a triple-stash "{{{x}}}"
            }

            var body = text[(at + 2)..close].Trim().Trim('~').Trim().Trim('{').Trim();
            if (!body.StartsWith('!'))
            {
                yield return new TemplateMustache(line, body);
            }

            at = text.IndexOf("{{", end, StringComparison.Ordinal);
        }
    }

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    private static StewardException Error(ChangelogTemplate template, int line, string reason) =>
        Messages.TemplateError(template.Name, line, reason, template.IsBuiltIn);
}

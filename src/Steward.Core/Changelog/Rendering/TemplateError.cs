using System.Text.RegularExpressions;
using HandlebarsDotNet.Compiler;
using Steward.Core.Errors;

namespace Steward.Core.Changelog.Rendering;

/// <summary>
/// Turns Handlebars.Net's exceptions into one line naming the template file and line. The parser reports a position;
/// for the compiler's and runtime's errors, which do not, the line is found from the name the error mentions.
/// </summary>
internal static partial class TemplateError
{
    public static StewardException From(ChangelogTemplate template, Exception e)
    {
        var message = e.Message.Replace("\r", string.Empty, StringComparison.Ordinal);
        var position = Position().Match(message);
        var reason = message.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0].Trim().TrimEnd(':').Trim();
        int? line = position.Success ? int.Parse(position.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        if (line is not null && UnclosedMustache(template.Text) is { } unclosed && unclosed < line)
        {
            // The parser reports where it gave up, often a line after the "{{" whose "}}" is missing.
            line = unclosed;
            reason = "a '{{' is not closed by '}}'";
        }

        if (e is HandlebarsUndefinedBindingException undefined)
        {
            reason = $"unknown variable '{undefined.MissingKey}' (the variables are listed in docs/changelog.md)";
            line ??= LineOf(template.Text, undefined.MissingKey);
        }
        else if (Quoted().Match(message) is { Success: true } quoted)
        {
            line ??= LineOf(template.Text, quoted.Groups["name"].Value);
            if (PartialCall().Matches(template.Text).Any(m => m.Groups["name"].Value == quoted.Groups["name"].Value))
            {
                // Handlebars.Net's own advice here is about registering partials in code, which a template cannot do.
                reason = $"partial '{quoted.Groups["name"].Value}' is not known; a template cannot include partials, so write its text in place";
            }
        }
        else if (HelperName().Match(message) is { Success: true } helper)
        {
            // "{{lookup}} helper must have two or three arguments": the helper is named in braces, not quotes.
            line ??= LineOf(template.Text, helper.Groups["name"].Value);
        }

        if (line is null && BareBlock().Match(template.Text) is { Success: true } bare)
        {
            // "{{#if}}" with no argument fails inside Handlebars.Net with a message that names nothing.
            line = template.Text.AsSpan(0, bare.Index).Count('\n') + 1;
            reason = $"'{{{{#{bare.Groups["name"].Value}}}}}' needs an argument, e.g. {{{{#{bare.Groups["name"].Value} compareUrl}}}}";
        }

        return Messages.TemplateError(template.Name, line, reason, template.IsBuiltIn, e);
    }

    /// <summary>The line of the first <c>{{</c> that another <c>{{</c> or the end of the text comes before its <c>}}</c>.</summary>
    private static int? UnclosedMustache(string text)
    {
        var open = text.IndexOf("{{", StringComparison.Ordinal);
        while (open >= 0)
        {
            var close = text.IndexOf("}}", open + 2, StringComparison.Ordinal);
            var next = text.IndexOf("{{", open + 2, StringComparison.Ordinal);
            if (close < 0 || (next >= 0 && next < close))
            {
                return text.AsSpan(0, open).Count('\n') + 1;
            }

            open = next;
        }

        return null;
    }

    /// <summary>The line of the first mustache <c>{{...}}</c> that mentions <paramref name="name"/>.</summary>
    private static int? LineOf(string text, string name)
    {
        var bare = name.TrimStart('#', '/', '^');

        // First as a name of its own, then as a segment of a path ("description.x" for a missing 'x').
        foreach (var before in new[] { @"(?<![\w.@])", @"(?<=\.)" })
        {
            foreach (Match m in Mustache().Matches(text))
            {
                if (Regex.IsMatch(m.Value, $@"{before}{Regex.Escape(bare)}(?![\w])", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
                {
                    return text.AsSpan(0, m.Index).Count('\n') + 1;
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"Occured at:\s*(?<line>\d+):(?<column>\d+)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Position();

    [GeneratedRegex(@"'(?<name>[#/^]?[\w.@-]+)'", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\{\{(?<name>[\w.@-]+)\}\} helper", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex HelperName();

    [GeneratedRegex(@"\{\{~?\s*>\s*(?<name>[\w.@-]+)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PartialCall();

    [GeneratedRegex(@"\{\{~?#(?<name>if|unless|each|with)\s*~?\}\}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex BareBlock();

    [GeneratedRegex(@"\{\{.*?\}\}", RegexOptions.CultureInvariant | RegexOptions.Singleline, 1000)]
    private static partial Regex Mustache();
}

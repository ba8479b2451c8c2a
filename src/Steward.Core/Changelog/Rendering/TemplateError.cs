using System.Text.RegularExpressions;
using HandlebarsDotNet.Compiler;
using Steward.Core.Errors;

namespace Steward.Core.Changelog.Rendering;

/// <summary>
/// Turns what Handlebars.Net throws for a template that passed <see cref="TemplateSyntax"/> into one line naming the
/// template file and, where it can be found, the line. Only the library's typed facts are used (the name an unknown
/// variable misses); its English message is passed on as it is, never read for meaning.
/// </summary>
internal static partial class TemplateError
{
    public static StewardException From(ChangelogTemplate template, Exception e)
    {
        if (e is HandlebarsUndefinedBindingException undefined)
        {
            return Messages.TemplateError(
                template.Name,
                LineOf(template.Text, undefined.MissingKey),
                $"unknown variable '{undefined.MissingKey}' (the variables are listed in docs/changelog.md)",
                template.IsBuiltIn,
                e);
        }

        var firstLine = e.Message.Replace("\r", string.Empty, StringComparison.Ordinal)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? e.GetType().Name;
        return Messages.TemplateError(template.Name, null, $"Handlebars.Net could not use it: {firstLine}", template.IsBuiltIn, e);
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

    [GeneratedRegex(@"\{\{.*?\}\}", RegexOptions.CultureInvariant | RegexOptions.Singleline, 1000)]
    private static partial Regex Mustache();
}

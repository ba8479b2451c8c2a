using System.Text.RegularExpressions;
using Steward.Core.Errors;

namespace Steward.Core.Changelog.Rendering;

/// <summary>
/// What a committed template may cost: a template is written by any contributor and rendered in the maintainer's
/// release, so loops nested without end, a partial that includes itself, or a text that multiplies a release into
/// hundreds of megabytes must stop with one line, not fill the disk, the tag or the pushed CHANGELOG.md.
/// </summary>
public static partial class TemplateLimits
{
    /// <summary>At most this many characters of rendered text per release (documented in docs/security.md).</summary>
    public const int MaxOutputChars = 4 * 1024 * 1024;

    /// <summary>At most this many block helpers (<c>{{#each}}</c>, <c>{{#if}}</c>, ...) open inside one another.</summary>
    public const int MaxBlockDepth = 8;

    /// <summary>At most this many <c>{{#each}}</c> loops open inside one another (the built-in templates use 3).</summary>
    public const int MaxLoopDepth = 4;

    /// <summary>Refuses a template that could render without bound, before it is compiled.</summary>
    public static void Check(ChangelogTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var text = template.Text;
        if (InlinePartial().Match(text) is { Success: true } partial)
        {
            throw Exceeded(template, LineOf(text, partial.Index),
                "a template cannot define partials ({{#*inline}}, {{#>}}), since one that includes itself never ends; write the text in place");
        }

        var open = new Stack<bool>();
        var loops = 0;
        foreach (Match block in Block().Matches(text))
        {
            if (block.Groups["close"].Success)
            {
                if (open.Count > 0 && open.Pop())
                {
                    loops--;
                }

                continue;
            }

            var isLoop = block.Groups["name"].Value == "each";
            open.Push(isLoop);
            loops += isLoop ? 1 : 0;
            if (open.Count > MaxBlockDepth || loops > MaxLoopDepth)
            {
                throw Exceeded(template, LineOf(text, block.Index),
                    $"blocks are nested too deep (at most {MaxLoopDepth} {{{{#each}}}} and {MaxBlockDepth} blocks in all inside one another)");
            }
        }
    }

    /// <summary>The one line for a template whose rendered text passed <see cref="MaxOutputChars"/>.</summary>
    internal static StewardException OutputTooLarge(ChangelogTemplate template) =>
        Exceeded(template, null, $"the rendered text of one release passed {MaxOutputChars / (1024 * 1024)} MiB characters; a template must not repeat the history");

    private static StewardException Exceeded(ChangelogTemplate template, int? line, string reason) =>
        Messages.TemplateError(template.Name, line, reason, isBuiltIn: false);

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    [GeneratedRegex(@"\{\{~?\s*#(\*inline|>)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex InlinePartial();

    [GeneratedRegex(@"\{\{~?\s*(?:[#^](?<name>[A-Za-z*>]+)|(?<close>/))", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Block();
}

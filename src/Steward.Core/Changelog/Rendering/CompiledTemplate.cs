using HandlebarsDotNet;
using HandlebarsDotNet.Compiler;
using Steward.Core.Text;

namespace Steward.Core.Changelog.Rendering;

/// <summary>
/// A template compiled once and rendered for any number of releases (one per release tag when a changelog is
/// regenerated). Failures name the template and the line, whether found while compiling or while rendering.
/// </summary>
public sealed class CompiledTemplate
{
    private readonly Action<TextWriter, IReadOnlyDictionary<string, object?>> render;

    private CompiledTemplate(ChangelogTemplate template, Action<TextWriter, IReadOnlyDictionary<string, object?>> render)
    {
        Template = template;
        this.render = render;
    }

    public ChangelogTemplate Template { get; }

    public static CompiledTemplate Compile(ChangelogTemplate template)
    {
        TemplateLimits.Check(template);
        TemplateSyntax.Check(template);
        if (template.IsBuiltIn && BuiltInRendering.For(template.Name) is { } builtIn)
        {
            // Written out as code: the same text, without compiling (and, under Native AOT, interpreting) Handlebars.
            return new CompiledTemplate(template, builtIn);
        }

        // No HTML escaping: the model's text is already made safe for Markdown. Unknown variables are errors, so that
        // a misspelt name is reported rather than rendered as nothing.
        var handlebars = Handlebars.Create(new HandlebarsConfiguration
        {
            NoEscape = true,
            ThrowOnUnresolvedBindingExpression = true,
        });
        try
        {
            using var reader = new StringReader(template.Text.Replace("\r\n", "\n", StringComparison.Ordinal));
            var compiled = handlebars.Compile(reader);
            return new CompiledTemplate(template, (writer, model) => compiled(writer, model, null!));
        }
        catch (Exception e) when (IsTemplateFailure(e))
        {
            throw TemplateError.From(template, e);
        }
    }

    /// <summary>
    /// The rendered text, with <c>\n</c> line endings, each release ending in exactly one newline, and no control
    /// character a template put there (<see cref="UntrustedText.TagMessage"/>): it becomes CHANGELOG.md and the tag
    /// message. At most <see cref="TemplateLimits.MaxOutputChars"/> characters.
    /// </summary>
    public string Render(Release release) => Render(release, null);

    /// <summary>As <see cref="Render(Release)"/>, with more names beside the release's (an announcement's notes, project).</summary>
    public string Render(Release release, IReadOnlyDictionary<string, object?>? extra)
    {
        var model = TemplateModel.From(release);
        if (extra is not null)
        {
            foreach (var (key, value) in extra)
            {
                model[key] = value;
            }
        }

        using var writer = new BoundedWriter();
        try
        {
            render(writer, model);
            return EndingInOneNewline(UntrustedText.TagMessage(writer.ToString()));
        }
        catch (Exception) when (writer.Exceeded)
        {
            throw TemplateLimits.OutputTooLarge(Template);
        }
        catch (Exception e) when (IsTemplateFailure(e))
        {
            throw TemplateError.From(Template, e);
        }
    }

    /// <summary>The text ending in exactly one <c>\n</c>; most renders already do, and are not copied again.</summary>
    private static string EndingInOneNewline(string text) =>
        text.EndsWith('\n') && !text.EndsWith("\n\n", StringComparison.Ordinal) ? text : text.TrimEnd('\n') + "\n";

    /// <summary>
    /// Whatever Handlebars.Net throws for a template: besides its own exceptions, some mistakes (<c>{{#if}}</c> with
    /// no argument) surface as the framework's, and each must still be one line naming the template, not a crash.
    /// </summary>
    private static bool IsTemplateFailure(Exception e) =>
        e is HandlebarsException or HandlebarsUndefinedBindingException or InvalidOperationException or ArgumentException
            or FormatException or IndexOutOfRangeException or NullReferenceException or InvalidCastException or NotSupportedException;
}

using Steward.Core.Errors;

namespace Steward.Core.Planning;

/// <summary>
/// The message of a release tag: <c>release.tagMessage</c> with <c>{{tag}}</c>, <c>{{version}}</c>,
/// <c>{{previousVersion}}</c> and <c>{{notes}}</c> filled in (the single-brace forms of <c>release.commitMessage</c>,
/// <c>{tag}</c>, are accepted too), or the release notes when it is not set.
/// </summary>
public static class TagMessageTemplate
{
    private static readonly string[] Names = ["tag", "version", "previousVersion", "notes"];

    /// <summary>The template as given; an empty one (git refuses an empty tag message) is an error naming the key.</summary>
    public static string? Check(string? template) =>
        template is not null && template.Trim().Length == 0
            ? throw Messages.TagMessageEmpty()
            : template;

    private static string Slot(int index) => $"\0{index}\0";

    public static string Render(string? template, string version, string tag, string? previousVersion, string notes)
    {
        ArgumentNullException.ThrowIfNull(notes);
        if (template is null)
        {
            // git refuses an annotated tag with an empty message.
            return notes.Trim().Length > 0 ? notes : $"Release {tag}\n";
        }

        Check(template);
        string[] values = [tag, version, previousVersion ?? string.Empty, notes.TrimEnd('\n')];
        // Placeholders first, values last: a "{tag}" written in the notes is text, not a placeholder.
        var text = template;
        for (var i = 0; i < Names.Length; i++)
        {
            text = text.Replace("{{" + Names[i] + "}}", Slot(i), StringComparison.Ordinal).Replace("{" + Names[i] + "}", Slot(i), StringComparison.Ordinal);
        }

        for (var i = 0; i < Names.Length; i++)
        {
            text = text.Replace(Slot(i), values[i], StringComparison.Ordinal);
        }

        return text.TrimEnd('\n') + "\n";
    }
}

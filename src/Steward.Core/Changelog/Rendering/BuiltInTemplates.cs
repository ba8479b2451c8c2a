using System.Reflection;

namespace Steward.Core.Changelog.Rendering;

/// <summary>
/// The templates that ship with Steward, stored as .hbs files in Changelog/Templates (embedded in the assembly), so
/// that a user who wants to change one copies it from there into the repository.
/// </summary>
public static class BuiltInTemplates
{
    public const string KeepAChangelog = "keepachangelog";
    public const string GitHub = "github";
    public const string Full = "full";

    public static IReadOnlyList<string> Names { get; } = [KeepAChangelog, GitHub, Full];

    /// <summary>The built-in template called <paramref name="name"/>, or null when there is none by that name.</summary>
    public static ChangelogTemplate? Find(string name) =>
        Names.Contains(name, StringComparer.Ordinal) ? new ChangelogTemplate(name, Read($"{name}.hbs"), IsBuiltIn: true) : null;

    /// <summary>The first lines of a CHANGELOG.md that Steward creates.</summary>
    public static string Header => Read("header.md");

    private static string Read(string file)
    {
        using var stream = typeof(BuiltInTemplates).Assembly.GetManifestResourceStream($"Steward.Core.Changelog.Templates.{file}")
            ?? throw new InvalidOperationException($"built-in template {file} is missing from the assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}

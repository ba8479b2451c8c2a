namespace Steward.Core.Changelog.Rendering;

/// <summary>A Handlebars template's text and the name errors are reported under (a built-in's name or the file's path).</summary>
public sealed record ChangelogTemplate(string Name, string Text, bool IsBuiltIn);

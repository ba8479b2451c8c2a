namespace Steward.Core.Configuration;

/// <summary>
/// How the changelog and release notes are written (the <c>changelog:</c> section of steward.yml). Every key is
/// optional; what is left out keeps the default mapping described in docs/changelog.md.
/// </summary>
public sealed class ChangelogConfig
{
    /// <summary>The changelog file when steward.yml names none.</summary>
    public const string DefaultFile = "CHANGELOG.md";

    /// <summary>The changelog file, relative to the repository root.</summary>
    public string File { get; set; } = DefaultFile;

    /// <summary>Template for the changelog file: a built-in name (keepachangelog, github, full) or a file in the repository.</summary>
    public string Template { get; set; } = "keepachangelog";

    /// <summary>Template for release notes (<c>steward notes</c> and the body of a release).</summary>
    public string NotesTemplate { get; set; } = "github";

    /// <summary>Section titles by section key (features, fixes, ...); keys left out keep their default title.</summary>
    public Dictionary<string, string> Titles { get; set; } = [];

    /// <summary>The sections shown, in order, by key; empty keeps the default order.</summary>
    public List<string> Order { get; set; } = [];

    /// <summary>Extra or changed mappings from a commit type to a section key (e.g. <c>improvement: enhancements</c>).</summary>
    public Dictionary<string, string> Types { get; set; } = [];

    /// <summary>Commit types left out of the changelog; null keeps the default (build, ci, chore, style, test, refactor).</summary>
    public List<string>? HiddenTypes { get; set; }

    /// <summary>Whether an entry shows its scope (<c>**api:** description</c>).</summary>
    public bool ShowScope { get; set; } = true;

    /// <summary>Regular expressions on the subject line; a commit whose subject matches any of them is left out.</summary>
    public List<string> Exclude { get; set; } = [];

    /// <summary>Commits left out entirely, by full or abbreviated sha (at least 7 characters).</summary>
    public List<string> SkipCommits { get; set; } = [];

    /// <summary>Where links point; by default they are worked out from the <c>origin</c> remote.</summary>
    public ChangelogLinksConfig Links { get; set; } = new();

    /// <summary>The same settings for another file (a monorepo component's changelog).</summary>
    public ChangelogConfig WithFile(string file)
    {
        var copy = (ChangelogConfig)MemberwiseClone();
        copy.File = file;
        return copy;
    }
}
